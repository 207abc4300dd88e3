/**
 * Every text `dyade` prints, in English and Dutch. Placeholders are `{name}`; a unit test checks
 * that both tables have the same keys and the same placeholders per key. Command names, option
 * names and file names stay English in both languages: they are what the admin types.
 */

const en = {
  'help.general': `Usage: dyade vault <command> [options]

Administer Dyade vaults from the command line. Every command that unlocks a vault locks it again
before dyade exits, also after an error or Ctrl+C.

Commands:
  vault create <dir> --label <text> --member <name>   Create a vault; prints its folder and recovery code
  vault info <dir>                                    Show the vault header (no passphrase needed)
  vault verify <dir> --member <name>                  Check the integrity of the whole vault
  vault backup <dir> <dest-dir> --member <name>       Write a backup of the vault into <dest-dir>
  vault restore <backup-dir> <new-dir>                Restore a backup into a new or empty folder
  vault passwd <dir> --member <name>                  Change a member's passphrase

Options:
  --passphrase-stdin   Read the passphrase from standard input (the first line; for passwd the
                       current passphrase on the first line and the new one on the second)
  -h, --help           Show this help; 'dyade help vault <command>' shows one command
  -V, --version        Show the version

Passphrases are asked on the terminal without echo, or read with --passphrase-stdin. They are never
taken from arguments or environment variables: other users and the shell history could see them.
Member names are matched ignoring case.

Exit status:
  0    success
  1    usage error, or refused: weak passphrase, unknown member, folder not empty or already a vault
  2    wrong passphrase (or too many wrong attempts)
  3    not a vault, a damaged or tampered vault, or the integrity check found problems
  4    the vault was made by a newer version of Dyade
  5    the vault is in use by another process (the Dyade app or another dyade command)
  6    reading or writing files failed, or the disk is full
  7    internal error (a bug in Dyade; please report it)
  130  cancelled with Ctrl+C

Messages are in Dutch when LC_ALL, LC_MESSAGES or LANG (the first one set) starts with "nl".
`,
  'help.create': `Usage: dyade vault create <dir> --label <text> --member <name> [--passphrase-stdin]

Creates a new vault with one member and prints the folder it used and the recovery code.
<dir> may be new or empty; if it holds other files, the vault goes into a subfolder named after the
label. The label is visible without a passphrase: do not use names of families.
The passphrase is asked twice (or read from the first line of standard input).
`,
  'help.info': `Usage: dyade vault info <dir>

Shows what can be read without a passphrase: label, vault id, format version, creation time,
members, whether a recovery code is set, and the newest automatic backup.
`,
  'help.verify': `Usage: dyade vault verify <dir> --member <name> [--passphrase-stdin]

Unlocks the vault as <name>, reads every page (each one's authentication code is checked), reports
the result and locks the vault again. Exit status 3 when problems are found.
`,
  'help.backup': `Usage: dyade vault backup <dir> <dest-dir> --member <name> [--passphrase-stdin]

Unlocks the vault as <name> and writes a checked, encrypted backup into a new subfolder of
<dest-dir>. The backup opens with the same passphrases as the vault.
`,
  'help.restore': `Usage: dyade vault restore <backup-dir> <new-dir>

Copies the backup in <backup-dir> into <new-dir>, which must be new or empty: an existing vault is
never overwritten. No passphrase is needed; the restored vault opens with the passphrases and the
recovery code the vault had when the backup was made.
`,
  'help.passwd': `Usage: dyade vault passwd <dir> --member <name> [--passphrase-stdin]

Changes the passphrase of member <name>. Asks for the current passphrase, then the new one twice.
With --passphrase-stdin: the current passphrase on the first line, the new one on the second.
`,
  'usage.word': 'Usage',
  'usage.seeHelp': "Run 'dyade help{topic}' for more.",
  'usage.missingCommand': 'No command given.',
  'usage.unknownCommand': "Unknown command '{command}'.",
  'usage.missingSubcommand': 'Which vault command? Choose one of: {commands}.',
  'usage.unknownSubcommand': "Unknown vault command '{command}'. Choose one of: {commands}.",
  'usage.missingArgument': 'Missing argument {argument}.',
  'usage.extraArgument': "Unexpected argument '{value}'.",
  'usage.unknownOption': "Unknown option '{option}'.",
  'usage.optionNotForCommand': "Option {option} does not apply to 'vault {command}'.",
  'usage.missingOption': 'Missing option {option}.',
  'usage.optionNeedsValue': 'Option {option} needs a value.',
  'usage.optionTakesNoValue': 'Option {option} takes no value.',
  'usage.optionRepeated': 'Option {option} was given more than once.',
  'usage.emptyValue': 'Option {option} must not be empty.',
  'usage.secretInArguments':
    "Option '{option}' is refused: a passphrase is never taken from arguments or environment variables, because other users and the shell history could see it. Type it when asked, or pipe it in with --passphrase-stdin.",
  'usage.unknownMember': "The vault in {folder} has no member named '{member}'. Members: {members}.",
  'usage.ambiguousMember': "More than one member of the vault in {folder} is named '{member}' (ignoring case): {members}. Type the name exactly as shown.",
  'usage.noTerminal': 'There is no terminal to ask for the passphrase. Pipe it in with --passphrase-stdin.',
  'usage.stdinIsTerminal':
    'With --passphrase-stdin the passphrase is read from a pipe or file, not typed on the terminal (it would be shown). Leave the option out to be asked without echo.',
  'passphrase.stdinMissing': 'Standard input ended before line {line} ({what}).',
  'passphrase.empty': 'The passphrase is empty.',
  'passphrase.mismatch': 'The two passphrases differ; nothing was changed.',
  'passphrase.sameAsCurrent': 'The new passphrase is the same as the current one; nothing was changed.',
  'passphrase.what.passphrase': 'the passphrase',
  'passphrase.what.current': 'the current passphrase',
  'passphrase.what.new': 'the new passphrase',
  'prompt.passphrase': 'Passphrase for {member}: ',
  'prompt.currentPassphrase': 'Current passphrase for {member}: ',
  'prompt.newPassphrase': 'New passphrase for {member}: ',
  'prompt.repeatPassphrase': 'Repeat the new passphrase: ',
  'prompt.tryAgain': 'Please choose another passphrase.',
  'result.created': 'Vault created in: {folder}',
  'result.recoveryCode': 'Recovery code:    {code}',
  'result.recoveryAdvice':
    'Write the recovery code down and keep it somewhere safe, away from this computer. It is shown only this once; with it, the vault can be opened when all passphrases are forgotten.',
  'info.folder': 'Folder:          {value}',
  'info.label': 'Label:           {value}',
  'info.vaultId': 'Vault id:        {value}',
  'info.formatVersion': 'Format version:  {value}',
  'info.created': 'Created:         {value}',
  'info.members': 'Members:         {value}',
  'info.recovery': 'Recovery code:   {value}',
  'info.newestBackup': 'Newest backup:   {value}',
  'info.yes': 'set',
  'info.no': 'not set',
  'info.none': 'none',
  'result.verifyOk': 'The vault in {folder} is intact: {pages} pages checked.',
  'result.verifyProblems': 'The integrity check of the vault in {folder} found {count} problem(s):',
  'result.verifyAdvice': 'Restore the vault from a backup (dyade vault restore) into a new folder.',
  'result.auditOk': 'The audit log is intact: {entries} entries checked.',
  'result.auditBroken': 'The audit log was changed outside Dyade: the chain breaks at entry {id}. Keep the vault as it is.',
  'result.backup': 'Backup written to: {path} ({size})',
  'result.restored': "Restored '{label}' into: {folder}",
  'result.restoredAdvice': 'It opens with the passphrases and the recovery code the vault had when the backup was made.',
  'result.passwd': 'Passphrase changed for member {member}.',
  'status.cancelled': 'Cancelled.',
  'status.locking': 'Locking the vault…',
  'status.technicalDetail': 'Technical detail: {detail}',
  'error.WRONG_PASSPHRASE': 'Wrong passphrase for member {member}.',
  'error.TOO_MANY_ATTEMPTS': 'Too many wrong passphrases; wait {seconds} seconds and try again.',
  'error.WEAK_PASSPHRASE': 'The passphrase is too weak.',
  'error.WEAK_PASSPHRASE.tooShort': 'The passphrase is too short: use at least 12 characters, for example four or five unrelated words.',
  'error.WEAK_PASSPHRASE.tooCommon': 'The passphrase is too common, or is built on the member name or the vault label. Choose four or five unrelated words.',
  'error.WEAK_PASSPHRASE.tooPredictable': 'The passphrase is too easy to guess. Add more unrelated words.',
  'error.NOT_A_VAULT': '{folder} is not a Dyade vault.',
  'error.NOT_A_VAULT.missing': 'No Dyade vault at {folder}: there is no vault.json.',
  'error.NOT_A_VAULT.not-a-folder': '{folder} is not a folder.',
  'error.NOT_A_VAULT.database-missing': 'The backup in {folder} is incomplete: it has no vault.db.',
  'error.NOT_A_VAULT.backupsInside': 'No Dyade vault at {folder}, but it holds backups: {backups}. Give one of those folders as <backup-dir>.',
  'error.VAULT_HEADER_INVALID': 'The vault header {folder}/vault.json is damaged; the vault was not opened. Restore it from a backup.',
  'error.VAULT_HEADER_INVALID.truncated': 'The vault header {folder}/vault.json is empty or cut short; the vault was not opened. Restore it from a backup.',
  'error.VAULT_HEADER_INVALID.not-json':
    'The vault header {folder}/vault.json is not valid JSON (damaged or edited); the vault was not opened. Restore it from a backup.',
  'error.VAULT_HEADER_INVALID.schema':
    'The vault header {folder}/vault.json does not have the expected contents (damaged or edited); the vault was not opened. Restore it from a backup.',
  'error.VAULT_HEADER_INVALID.slot-damaged':
    'A key slot in the vault header {folder}/vault.json is damaged (this is not a wrong passphrase); the vault was not opened. Restore it from a backup.',
  'error.VAULT_HEADER_INVALID.too-large':
    'The file {folder}/vault.json is far larger than a vault header can be, so it was not read. Restore it from a backup.',
  'error.VAULT_HEADER_INVALID.tampered':
    'The vault header {folder}/vault.json was changed outside Dyade (its signature does not match), so the vault was not opened. Restore it from a backup.',
  'error.VAULT_CORRUPT': 'The vault database in {folder} is damaged or was tampered with; nothing was read from it. Restore it from a backup.',
  'error.VAULT_CORRUPT.database-missing': 'The vault database (vault.db) is missing from {folder}. Restore it from a backup.',
  'error.VAULT_CORRUPT.key-rejected': 'The vault database in {folder} does not belong to its header (damaged or swapped). Restore it from a backup.',
  'error.VAULT_CORRUPT.backup-integrity':
    "The backup copy failed its integrity check and was discarded; the vault was not changed. Run 'dyade vault verify' on the vault.",
  'error.VAULT_TOO_NEW': 'The vault in {folder} was made by a newer version of Dyade. Update Dyade to open it; nothing was changed.',
  'error.VAULT_IN_USE': 'The vault in {folder} is open in another process (the Dyade app or another dyade command). Lock it there and try again.',
  'error.FOLDER_NOT_EMPTY': '{folder} is not empty. Restore into a new or empty folder: an existing vault is never overwritten.',
  'error.CONFLICT': 'That cannot be done with {folder} now.',
  'error.CONFLICT.already-a-vault': '{folder} already holds a vault; choose another folder.',
  'error.CONFLICT.not-a-folder': '{folder} is a file, not a folder.',
  'error.NOT_FOUND': 'Member {member} has no key in the vault in {folder}.',
  'error.INVALID_INPUT': 'Invalid input: {detail}.',
  'error.INVALID_INPUT.label': 'The label must be 1 to 80 characters.',
  'error.INVALID_INPUT.memberName': 'The member name must be 1 to 80 characters.',
  'error.INVALID_INPUT.passphrase': 'The passphrase must be 1 to 1024 characters.',
  'error.INVALID_INPUT.current': 'The passphrase must be 1 to 1024 characters.',
  'error.INVALID_INPUT.next': 'The passphrase must be 1 to 1024 characters.',
  'error.INVALID_INPUT.folder': 'The folder path is too long.',
  'error.INVALID_INPUT.path': 'The folder path is too long.',
  'error.INVALID_INPUT.backupPath': 'The folder path is too long.',
  'error.LAST_MEMBER': 'The last member of a vault cannot be removed.',
  'error.VAULT_KEY_RETIRED': 'This access was withdrawn: the vault has a new key, and this header is from before. Nothing was changed.',
  'error.KEY_ROTATION_BLOCKED': 'A new key needs every member to unlock once with this version first. Nothing was changed.',
  'error.DISK_FULL': 'The disk is full; the change was not saved.',
  'error.IO_ERROR': 'Reading or writing files failed ({detail}).',
  'error.CANCELLED': 'Cancelled.',
  'error.INTERNAL': 'An unexpected error occurred. This is a bug in Dyade; please report it.',
  'error.UNKNOWN_METHOD': 'An unexpected error occurred ({code}). This is a bug in Dyade; please report it.',
  'error.FORBIDDEN': 'An unexpected error occurred ({code}). This is a bug in Dyade; please report it.',
  'error.FILE_CHOICE_EXPIRED': 'An unexpected error occurred ({code}). This is a bug in Dyade; please report it.',
  'error.VAULT_LOCKED': 'An unexpected error occurred ({code}). This is a bug in Dyade; please report it.',
  'error.VAULT_ALREADY_UNLOCKED': 'An unexpected error occurred ({code}). This is a bug in Dyade; please report it.',
} as const;

export type MessageKey = keyof typeof en;

const nl: Record<MessageKey, string> = {
  'help.general': `Gebruik: dyade vault <opdracht> [opties]

Beheer Dyade-kluizen vanaf de opdrachtregel. Elke opdracht die een kluis ontgrendelt, vergrendelt
hem weer voordat dyade stopt, ook na een fout of Ctrl+C.

Opdrachten:
  vault create <dir> --label <text> --member <name>   Maak een kluis; toont de map en de herstelcode
  vault info <dir>                                    Toon de kop van de kluis (geen wachtzin nodig)
  vault verify <dir> --member <name>                  Controleer de hele kluis op beschadiging
  vault backup <dir> <dest-dir> --member <name>       Schrijf een back-up van de kluis in <dest-dir>
  vault restore <backup-dir> <new-dir>                Zet een back-up terug in een nieuwe of lege map
  vault passwd <dir> --member <name>                  Wijzig de wachtzin van een lid

Opties:
  --passphrase-stdin   Lees de wachtzin van standaardinvoer (de eerste regel; bij passwd de huidige
                       wachtzin op de eerste regel en de nieuwe op de tweede)
  -h, --help           Toon deze hulp; 'dyade help vault <opdracht>' toont één opdracht
  -V, --version        Toon de versie

Wachtzinnen worden zonder echo op de terminal gevraagd, of gelezen met --passphrase-stdin. Ze worden
nooit uit argumenten of omgevingsvariabelen gehaald: andere gebruikers en de shellgeschiedenis
zouden ze kunnen zien. Namen van leden worden vergeleken zonder op hoofdletters te letten.

Afsluitcode:
  0    gelukt
  1    verkeerd gebruik, of geweigerd: zwakke wachtzin, onbekend lid, map niet leeg of al een kluis
  2    onjuiste wachtzin (of te veel onjuiste pogingen)
  3    geen kluis, een beschadigde of gewijzigde kluis, of de controle vond problemen
  4    de kluis is gemaakt door een nieuwere versie van Dyade
  5    de kluis is in gebruik door een ander proces (de Dyade-app of een andere dyade-opdracht)
  6    lezen of schrijven van bestanden mislukte, of de schijf is vol
  7    interne fout (een fout in Dyade; meld die alsjeblieft)
  130  afgebroken met Ctrl+C

Meldingen zijn in het Nederlands als LC_ALL, LC_MESSAGES of LANG (de eerste die gezet is) met "nl"
begint, anders in het Engels.
`,
  'help.create': `Gebruik: dyade vault create <dir> --label <text> --member <name> [--passphrase-stdin]

Maakt een nieuwe kluis met één lid en toont de gebruikte map en de herstelcode.
<dir> mag nieuw of leeg zijn; staan er andere bestanden in, dan komt de kluis in een submap met de
naam van het label. Het label is zichtbaar zonder wachtzin: gebruik geen namen van gezinnen.
De wachtzin wordt twee keer gevraagd (of gelezen van de eerste regel van standaardinvoer).
`,
  'help.info': `Gebruik: dyade vault info <dir>

Toont wat zonder wachtzin te lezen is: label, kluis-id, formaatversie, aanmaaktijd, leden, of er
een herstelcode is, en de nieuwste automatische back-up.
`,
  'help.verify': `Gebruik: dyade vault verify <dir> --member <name> [--passphrase-stdin]

Ontgrendelt de kluis als <name>, leest elke pagina (van elke pagina wordt de authenticatiecode
gecontroleerd), meldt het resultaat en vergrendelt de kluis weer. Afsluitcode 3 bij problemen.
`,
  'help.backup': `Gebruik: dyade vault backup <dir> <dest-dir> --member <name> [--passphrase-stdin]

Ontgrendelt de kluis als <name> en schrijft een gecontroleerde, versleutelde back-up in een nieuwe
submap van <dest-dir>. De back-up opent met dezelfde wachtzinnen als de kluis.
`,
  'help.restore': `Gebruik: dyade vault restore <backup-dir> <new-dir>

Kopieert de back-up in <backup-dir> naar <new-dir>, die nieuw of leeg moet zijn: een bestaande
kluis wordt nooit overschreven. Er is geen wachtzin nodig; de teruggezette kluis opent met de
wachtzinnen en de herstelcode die de kluis had toen de back-up werd gemaakt.
`,
  'help.passwd': `Gebruik: dyade vault passwd <dir> --member <name> [--passphrase-stdin]

Wijzigt de wachtzin van lid <name>. Vraagt de huidige wachtzin en daarna twee keer de nieuwe.
Met --passphrase-stdin: de huidige wachtzin op de eerste regel, de nieuwe op de tweede.
`,
  'usage.word': 'Gebruik',
  'usage.seeHelp': "Zie 'dyade help{topic}' voor meer.",
  'usage.missingCommand': 'Geen opdracht gegeven.',
  'usage.unknownCommand': "Onbekende opdracht '{command}'.",
  'usage.missingSubcommand': 'Welke vault-opdracht? Kies uit: {commands}.',
  'usage.unknownSubcommand': "Onbekende vault-opdracht '{command}'. Kies uit: {commands}.",
  'usage.missingArgument': 'Argument {argument} ontbreekt.',
  'usage.extraArgument': "Onverwacht argument '{value}'.",
  'usage.unknownOption': "Onbekende optie '{option}'.",
  'usage.optionNotForCommand': "Optie {option} hoort niet bij 'vault {command}'.",
  'usage.missingOption': 'Optie {option} ontbreekt.',
  'usage.optionNeedsValue': 'Optie {option} heeft een waarde nodig.',
  'usage.optionTakesNoValue': 'Optie {option} neemt geen waarde.',
  'usage.optionRepeated': 'Optie {option} is meer dan eens gegeven.',
  'usage.emptyValue': 'Optie {option} mag niet leeg zijn.',
  'usage.secretInArguments':
    "Optie '{option}' wordt geweigerd: een wachtzin wordt nooit uit argumenten of omgevingsvariabelen gehaald, omdat andere gebruikers en de shellgeschiedenis die kunnen zien. Typ hem als erom gevraagd wordt, of geef hem door met --passphrase-stdin.",
  'usage.unknownMember': "De kluis in {folder} heeft geen lid met de naam '{member}'. Leden: {members}.",
  'usage.ambiguousMember':
    "Meer dan één lid van de kluis in {folder} heet '{member}' (zonder op hoofdletters te letten): {members}. Typ de naam precies zoals hij getoond wordt.",
  'usage.noTerminal': 'Er is geen terminal om de wachtzin te vragen. Geef hem door met --passphrase-stdin.',
  'usage.stdinIsTerminal':
    'Met --passphrase-stdin wordt de wachtzin uit een pijp of bestand gelezen, niet op de terminal getypt (dan zou hij zichtbaar zijn). Laat de optie weg om zonder echo gevraagd te worden.',
  'passphrase.stdinMissing': 'Standaardinvoer eindigde vóór regel {line} ({what}).',
  'passphrase.empty': 'De wachtzin is leeg.',
  'passphrase.mismatch': 'De twee wachtzinnen zijn niet gelijk; er is niets gewijzigd.',
  'passphrase.sameAsCurrent': 'De nieuwe wachtzin is gelijk aan de huidige; er is niets gewijzigd.',
  'passphrase.what.passphrase': 'de wachtzin',
  'passphrase.what.current': 'de huidige wachtzin',
  'passphrase.what.new': 'de nieuwe wachtzin',
  'prompt.passphrase': 'Wachtzin voor {member}: ',
  'prompt.currentPassphrase': 'Huidige wachtzin voor {member}: ',
  'prompt.newPassphrase': 'Nieuwe wachtzin voor {member}: ',
  'prompt.repeatPassphrase': 'Herhaal de nieuwe wachtzin: ',
  'prompt.tryAgain': 'Kies een andere wachtzin.',
  'result.created': 'Kluis gemaakt in: {folder}',
  'result.recoveryCode': 'Herstelcode:       {code}',
  'result.recoveryAdvice':
    'Schrijf de herstelcode op en bewaar hem op een veilige plek, niet op deze computer. Hij wordt maar één keer getoond; ermee gaat de kluis open als alle wachtzinnen vergeten zijn.',
  'info.folder': 'Map:             {value}',
  'info.label': 'Label:           {value}',
  'info.vaultId': 'Kluis-id:        {value}',
  'info.formatVersion': 'Formaatversie:   {value}',
  'info.created': 'Gemaakt:         {value}',
  'info.members': 'Leden:           {value}',
  'info.recovery': 'Herstelcode:     {value}',
  'info.newestBackup': 'Nieuwste back-up: {value}',
  'info.yes': 'ingesteld',
  'info.no': 'niet ingesteld',
  'info.none': 'geen',
  'result.verifyOk': 'De kluis in {folder} is onbeschadigd: {pages} pagina’s gecontroleerd.',
  'result.verifyProblems': 'De controle van de kluis in {folder} vond {count} probleem/problemen:',
  'result.verifyAdvice': 'Zet de kluis terug uit een back-up (dyade vault restore) in een nieuwe map.',
  'result.auditOk': 'Het logboek is ongeschonden: {entries} regels nagelopen.',
  'result.auditBroken': 'Het logboek is buiten Dyade om veranderd: de keten breekt bij regel {id}. Laat de kluis zoals hij is.',
  'result.backup': 'Back-up geschreven naar: {path} ({size})',
  'result.restored': "'{label}' teruggezet in: {folder}",
  'result.restoredAdvice': 'Hij opent met de wachtzinnen en de herstelcode die de kluis had toen de back-up werd gemaakt.',
  'result.passwd': 'Wachtzin gewijzigd voor lid {member}.',
  'status.cancelled': 'Afgebroken.',
  'status.locking': 'De kluis wordt vergrendeld…',
  'status.technicalDetail': 'Technisch detail: {detail}',
  'error.WRONG_PASSPHRASE': 'Onjuiste wachtzin voor lid {member}.',
  'error.TOO_MANY_ATTEMPTS': 'Te veel onjuiste wachtzinnen; wacht {seconds} seconden en probeer het opnieuw.',
  'error.WEAK_PASSPHRASE': 'De wachtzin is te zwak.',
  'error.WEAK_PASSPHRASE.tooShort': 'De wachtzin is te kort: gebruik minstens 12 tekens, bijvoorbeeld vier of vijf losse woorden.',
  'error.WEAK_PASSPHRASE.tooCommon': 'De wachtzin is te bekend, of gebouwd op de naam van het lid of het label van de kluis. Kies vier of vijf losse woorden.',
  'error.WEAK_PASSPHRASE.tooPredictable': 'De wachtzin is te makkelijk te raden. Voeg meer losse woorden toe.',
  'error.NOT_A_VAULT': '{folder} is geen Dyade-kluis.',
  'error.NOT_A_VAULT.missing': 'Geen Dyade-kluis in {folder}: er is geen vault.json.',
  'error.NOT_A_VAULT.not-a-folder': '{folder} is geen map.',
  'error.NOT_A_VAULT.database-missing': 'De back-up in {folder} is onvolledig: vault.db ontbreekt.',
  'error.NOT_A_VAULT.backupsInside': 'Geen Dyade-kluis in {folder}, maar er staan back-ups in: {backups}. Geef een van die mappen als <backup-dir>.',
  'error.VAULT_HEADER_INVALID': 'De kop van de kluis, {folder}/vault.json, is beschadigd; de kluis is niet geopend. Zet hem terug uit een back-up.',
  'error.VAULT_HEADER_INVALID.truncated':
    'De kop van de kluis, {folder}/vault.json, is leeg of afgebroken; de kluis is niet geopend. Zet hem terug uit een back-up.',
  'error.VAULT_HEADER_INVALID.not-json':
    'De kop van de kluis, {folder}/vault.json, is geen geldige JSON (beschadigd of bewerkt); de kluis is niet geopend. Zet hem terug uit een back-up.',
  'error.VAULT_HEADER_INVALID.schema':
    'De kop van de kluis, {folder}/vault.json, heeft niet de verwachte inhoud (beschadigd of bewerkt); de kluis is niet geopend. Zet hem terug uit een back-up.',
  'error.VAULT_HEADER_INVALID.slot-damaged':
    'Een sleutelvak in de kop van de kluis, {folder}/vault.json, is beschadigd (dit is geen verkeerde wachtzin); de kluis is niet geopend. Zet hem terug uit een back-up.',
  'error.VAULT_HEADER_INVALID.too-large':
    'Het bestand {folder}/vault.json is veel groter dan de kop van een kluis kan zijn en is daarom niet gelezen. Zet de kluis terug uit een back-up.',
  'error.VAULT_HEADER_INVALID.tampered':
    'De kop van de kluis, {folder}/vault.json, is buiten Dyade gewijzigd (de handtekening klopt niet), dus de kluis is niet geopend. Zet hem terug uit een back-up.',
  'error.VAULT_CORRUPT': 'De database van de kluis in {folder} is beschadigd of gewijzigd; er is niets uit gelezen. Zet de kluis terug uit een back-up.',
  'error.VAULT_CORRUPT.database-missing': 'De database van de kluis (vault.db) ontbreekt in {folder}. Zet de kluis terug uit een back-up.',
  'error.VAULT_CORRUPT.key-rejected':
    'De database van de kluis in {folder} hoort niet bij de kop (beschadigd of verwisseld). Zet de kluis terug uit een back-up.',
  'error.VAULT_CORRUPT.backup-integrity':
    "De kopie voor de back-up doorstond de controle niet en is weggegooid; de kluis is niet gewijzigd. Voer 'dyade vault verify' uit op de kluis.",
  'error.VAULT_TOO_NEW': 'De kluis in {folder} is gemaakt door een nieuwere versie van Dyade. Werk Dyade bij om hem te openen; er is niets gewijzigd.',
  'error.VAULT_IN_USE':
    'De kluis in {folder} is geopend in een ander proces (de Dyade-app of een andere dyade-opdracht). Vergrendel hem daar en probeer het opnieuw.',
  'error.FOLDER_NOT_EMPTY': '{folder} is niet leeg. Zet terug in een nieuwe of lege map: een bestaande kluis wordt nooit overschreven.',
  'error.CONFLICT': 'Dat kan nu niet met {folder}.',
  'error.CONFLICT.already-a-vault': 'In {folder} staat al een kluis; kies een andere map.',
  'error.CONFLICT.not-a-folder': '{folder} is een bestand, geen map.',
  'error.NOT_FOUND': 'Lid {member} heeft geen sleutel in de kluis in {folder}.',
  'error.INVALID_INPUT': 'Ongeldige invoer: {detail}.',
  'error.INVALID_INPUT.label': 'Het label moet 1 tot 80 tekens lang zijn.',
  'error.INVALID_INPUT.memberName': 'De naam van het lid moet 1 tot 80 tekens lang zijn.',
  'error.INVALID_INPUT.passphrase': 'De wachtzin moet 1 tot 1024 tekens lang zijn.',
  'error.INVALID_INPUT.current': 'De wachtzin moet 1 tot 1024 tekens lang zijn.',
  'error.INVALID_INPUT.next': 'De wachtzin moet 1 tot 1024 tekens lang zijn.',
  'error.INVALID_INPUT.folder': 'Het pad van de map is te lang.',
  'error.INVALID_INPUT.path': 'Het pad van de map is te lang.',
  'error.INVALID_INPUT.backupPath': 'Het pad van de map is te lang.',
  'error.LAST_MEMBER': 'Het laatste lid van een kluis kan niet verwijderd worden.',
  'error.VAULT_KEY_RETIRED': 'Deze toegang is ingetrokken: de kluis heeft een nieuwe sleutel, en dit kopbestand is van daarvóór. Er is niets gewijzigd.',
  'error.KEY_ROTATION_BLOCKED': 'Voor een nieuwe sleutel moet elk lid eerst één keer ontgrendelen met deze versie. Er is niets gewijzigd.',
  'error.DISK_FULL': 'De schijf is vol; de wijziging is niet opgeslagen.',
  'error.IO_ERROR': 'Lezen of schrijven van bestanden mislukte ({detail}).',
  'error.CANCELLED': 'Afgebroken.',
  'error.INTERNAL': 'Er ging iets onverwachts mis. Dit is een fout in Dyade; meld die alsjeblieft.',
  'error.UNKNOWN_METHOD': 'Er ging iets onverwachts mis ({code}). Dit is een fout in Dyade; meld die alsjeblieft.',
  'error.FORBIDDEN': 'Er ging iets onverwachts mis ({code}). Dit is een fout in Dyade; meld die alsjeblieft.',
  'error.FILE_CHOICE_EXPIRED': 'Er ging iets onverwachts mis ({code}). Dit is een fout in Dyade; meld die alsjeblieft.',
  'error.VAULT_LOCKED': 'Er ging iets onverwachts mis ({code}). Dit is een fout in Dyade; meld die alsjeblieft.',
  'error.VAULT_ALREADY_UNLOCKED': 'Er ging iets onverwachts mis ({code}). Dit is een fout in Dyade; meld die alsjeblieft.',
};

export type CliLocale = 'en' | 'nl';
export const MESSAGE_TABLES: Record<CliLocale, Record<MessageKey, string>> = { en, nl };

export type MessageParams = Readonly<Record<string, string | number>>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/**
 * The language of the messages, as POSIX tools choose it: the first of LC_ALL, LC_MESSAGES, LANG
 * that is set and not empty. Dutch when it starts with "nl", English otherwise (also for "C").
 */
export function pickCliLocale(env: Readonly<Record<string, string | undefined>>): CliLocale {
  const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return setting?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** Fill `{name}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: CliLocale): Translate {
  const table = MESSAGE_TABLES[locale];
  return (key, params) => formatMessage(table[key], params);
}
