import type { DocumentField } from '../../src/api/workspaceMethods';
import { AREAS } from './areas';

/**
 * The collections the page at the window's address reads when a workspace opens, as its area
 * declares them (`opensWith`); null when it reads the whole document. Read from the address
 * itself because the workspace opens before the routes are drawn.
 */
export function firstFieldsOfAddress(hash: string = window.location.hash): readonly DocumentField[] | null {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  const area = AREAS.find((a) => (a.path === '/' ? path === '/' : path === a.path || path.startsWith(`${a.path}/`)));
  return area?.opensWith ?? null;
}
