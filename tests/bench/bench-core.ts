// What every bench that drives the core needs: a checked call, and a host whose folder dialog answers
// with the folder the bench names (the renderer never sends a path; the core hands out a token for it).
import type { FolderPurpose, MethodName, MethodOutput, Result } from '../../shared/contract';
import type { Core, CoreHost } from '../../electron/core';

export async function call<M extends MethodName>(core: Core, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = (await core.dispatch(method, input)) as Result<MethodOutput<M>>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** A host for a bench: no renderer to notify; the folder dialog answers from `answers`, in order. */
export function benchHost(): CoreHost & { answers: string[] } {
  const answers: string[] = [];
  return { answers, pickFolder: async () => answers.shift() ?? null, emit: () => undefined };
}

/** The token for `path`, chosen in the (bench) host's folder dialog for `purpose`. */
export async function chooseFolder(core: Core, host: { answers: string[] }, purpose: FolderPurpose, path: string): Promise<string> {
  host.answers.push(path);
  const { token } = await call(core, 'dialog.pickFolder', { purpose });
  if (!token) throw new Error('the folder dialog gave no token');
  return token;
}
