import type { SessionInfo } from '../../../../shared/contract';
import { AreaPage } from '../shell/AreaPage';

/** Full-text search (built with the search feature). */
export function SearchPage(_props: { session: SessionInfo }) {
  return <AreaPage area="search" unlocked />;
}
