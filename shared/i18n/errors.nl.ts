/** Dutch messages for the stable error codes of the contract (ErrorCode), and the error screen. */
export const errorsNl = {
  errors: {
    title: 'Er ging iets mis',
    boundary: 'Dit scherm kon niet worden getoond. Je gegevens zijn veilig; wat je typte was al opgeslagen.',
    reload: 'Opnieuw laden',
    INVALID_INPUT: 'Controleer de velden: iets klopt niet.',
    UNKNOWN_METHOD: 'Dyade kreeg een onbekend verzoek.',
    FORBIDDEN: 'Dit verzoek is niet toegestaan.',
    INTERNAL: 'Er ging onverwacht iets mis. Je gegevens zijn niet aangetast.',
    /** INTERNAL with reason 'native-module': the SQLite addon does not load in this runtime. */
    nativeModule:
      'Dyade kan zijn databaseonderdeel (SQLite) niet laden: het is gebouwd voor een andere versie van Electron of Node.js. Sluit Dyade en start het opnieuw met ‘npm start’ (dat bouwt het onderdeel opnieuw), of installeer Dyade opnieuw. Je kluis is niet aangeraakt.',
    NOT_FOUND: 'Dat bestaat niet (meer).',
    CONFLICT: 'Daar staat al een kluis. Open hem via ‘Kluismap openen…’.',
    CANCELLED: 'Geannuleerd.',
    VAULT_LOCKED: 'De kluis is vergrendeld. Ontgrendel hem eerst.',
    VAULT_ALREADY_UNLOCKED: 'Er is al een kluis open. Vergrendel die eerst.',
    WRONG_PASSPHRASE: 'Die wachtzin klopt niet. Let op hoofdletters en de taal van je toetsenbord.',
    TOO_MANY_ATTEMPTS: 'Te veel mislukte pogingen. Wacht even en probeer het opnieuw.',
    WEAK_PASSPHRASE: 'Deze wachtzin is te zwak.',
    NOT_A_VAULT: 'Deze map is geen Dyade-kluis.',
    VAULT_HEADER_INVALID: 'Het kopbestand van deze kluis (vault.json) ontbreekt, is beschadigd of is veranderd.',
    VAULT_CORRUPT: 'Deze kluis is beschadigd. Er is niets gewijzigd. Herstel hem uit een back-up.',
    VAULT_TOO_NEW: 'Deze kluis is gemaakt met een nieuwere versie van Dyade. Werk Dyade bij om hem te openen; er is niets gewijzigd.',
    VAULT_IN_USE: 'Deze kluis is al geopend door een ander programma op deze computer.',
    FOLDER_NOT_EMPTY: 'Deze map is niet leeg. Kies een lege of nieuwe map.',
    DISK_FULL: 'De schijf is vol. De laatste wijziging is niet opgeslagen; de rest is intact.',
    IO_ERROR: 'De map kon niet worden gelezen of geschreven.',
    LAST_MEMBER: 'Het laatste lid kan niet worden verwijderd.',
    VAULT_KEY_RETIRED:
      'Deze toegang is ingetrokken: de sleutel van deze kluis is vervangen, en dit kopbestand is van daarvóór. Vraag een lid van het team om je (opnieuw) toe te voegen. Er is niets gewijzigd.',
    FILE_CHOICE_EXPIRED: 'Kies het bestand of de map opnieuw: die keuze is al gebruikt of verlopen. Er is niets gewijzigd.',
    KEY_ROTATION_BLOCKED:
      'Een nieuwe sleutel kan pas als elk lid na de laatste update van Dyade één keer heeft ontgrendeld. Vraag hen dat eerst te doen; er is niets gewijzigd.',
  },
};
