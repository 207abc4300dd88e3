import type { SessionInfo } from '../../../../shared/contract';
import { AreaPage } from '../shell/AreaPage';

/** The casework journal (built with the journal feature). */
export function JournalPage(_props: { session: SessionInfo }) {
  return <AreaPage area="journal" unlocked />;
}
