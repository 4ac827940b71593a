import { createRequire } from 'node:module';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Where the renderer finds the images (under its base URL) and the virtual module naming them. */
export const twemojiUrlPath = 'twemoji';
export const twemojiFilesModule = 'virtual:twemoji-files';
const resolvedModuleId = `\0${twemojiFilesModule}`;

export const twemojiSvgDir = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));

/** The set's file names without `.svg` ("1f44d", "1f468-200d-1f469-200d-1f467"). */
export async function twemojiFileNames(dir = twemojiSvgDir): Promise<string[]> {
  return (await readdir(dir)).filter((f) => /^[0-9a-f-]+\.svg$/.test(f)).map((f) => f.slice(0, -4)).sort();
}

const attribution = `Emoji graphics: Twemoji by Twitter, Inc and other contributors (https://github.com/jdecked/twemoji),
licensed under CC-BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Packaged as @twemoji/svg:

`;

/**
 * Twemoji from the app's own origin, never a CDN: the renderer imports the list of file names
 * (`virtual:twemoji-files`); the dev and test servers serve `/twemoji/*.svg` from node_modules, and the
 * build copies the SVG folder (only it) into the output. The SVGs are not kept in the repository.
 */
export function twemojiAssets(): Plugin {
  let config: ResolvedConfig | undefined;
  let names: Promise<string[]> | undefined;
  const fileNames = () => (names ??= twemojiFileNames());
  return {
    name: 'missdeck-twemoji',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      return id === twemojiFilesModule ? resolvedModuleId : null;
    },
    async load(id) {
      if (id !== resolvedModuleId) return null;
      return `export default ${JSON.stringify((await fileNames()).join(' '))};`;
    },
    configureServer(server) {
      server.middlewares.use(`/${twemojiUrlPath}/`, (request, response, next) => {
        const name = (request.url ?? '').split('?')[0]!.replace(/^\/+/, '');
        if (!/^[0-9a-f-]+\.svg$/.test(name)) return next();
        readFile(join(twemojiSvgDir, name)).then(
          (body) => {
            response.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
            response.end(body);
          },
          () => next(),
        );
      });
    },
    async writeBundle() {
      if (!config || config.command !== 'build' || config.build.ssr) return;
      const out = join(resolve(config.root, config.build.outDir), twemojiUrlPath);
      await mkdir(out, { recursive: true });
      // Plain copies in batches: fs.cp with a filter takes several times as long for ~3,700 small files.
      const files = (await fileNames()).map((name) => `${name}.svg`);
      for (let i = 0; i < files.length; i += 256) {
        await Promise.all(files.slice(i, i + 256).map((f) => copyFile(join(twemojiSvgDir, f), join(out, f))));
      }
      const license = await readFile(join(twemojiSvgDir, 'license'), 'utf8').catch(() => '');
      await writeFile(join(out, 'LICENSE.txt'), attribution + license);
    },
  };
}
