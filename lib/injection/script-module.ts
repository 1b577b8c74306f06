/**
 * Code the content script does not carry itself: a script the background runs in this page's
 * content-script world on request (card.js on the first rest on a mention, marking.js when the page
 * may name one of ours), which hands its code over through a global of that world.
 */
type Globals = Record<string, unknown>;

/**
 * Returns a loader that asks for the script once (again after a failure) and resolves to the code it
 * handed over under `key`. `script` names it in the error a maintainer sees when it did not.
 */
export function scriptModuleLoader<T>(key: string, script: string, requestScript: () => Promise<unknown>, globals: Globals = globalThis as Globals): () => Promise<T> {
  let loading: Promise<T> | null = null;
  const loaded = () => globals[key] as T | undefined;
  return () => {
    loading ??= (async () => {
      if (!loaded()) await requestScript();
      const module = loaded();
      if (!module) {
        throw new Error(`The ${script} script ran but did not hand over its code (${script} missing from the build?). Rebuild the extension, then reload the page.`);
      }
      return module;
    })().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/**
 * Forgets the code an earlier copy of the content script loaded into this world (an update or reload
 * keeps the world): this copy loads the code that belongs with it.
 */
export function forgetLoadedModule(key: string, globals: Globals = globalThis as Globals): void {
  delete globals[key];
}
