import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Modules whose chunks a board page needs before its first canvas (code-split from the home page). */
const BOARD_ENTRY_MODULES = [/[\\/]src[\\/]board[\\/]BoardPage\.tsx$/, /[\\/]src[\\/]canvas[\\/]BoardCanvas\.tsx$/];

/**
 * Writes `board.html` beside `index.html`: the same page plus `<link rel="modulepreload">` for the
 * board page's and canvas's chunks. The server sends it for `/b/…` and `/v/…`, so the browser
 * fetches and compiles those chunks while the entry still runs, instead of discovering them only
 * once the entry has executed. (An inline script could pick the links by path, but the CSP
 * allows no inline scripts.)
 */
export function boardPageHtml(): Plugin {
  return {
    name: 'gapboard-board-page-html',
    apply: 'build',
    writeBundle(options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset' || !options.dir) return;
      const html = String(index.source);
      const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const wanted = new Set<string>();
      const visit = (file: string) => {
        if (wanted.has(file) || html.includes(`/${file}"`)) return; // already loaded by index.html
        wanted.add(file);
        byFile.get(file)?.imports.forEach(visit);
      };
      for (const c of chunks) {
        if (c.facadeModuleId && BOARD_ENTRY_MODULES.some((m) => m.test(c.facadeModuleId!))) visit(c.fileName);
      }
      if (wanted.size < BOARD_ENTRY_MODULES.length) {
        this.error(`board.html: expected chunks for BoardPage and BoardCanvas, found ${[...wanted].join(', ') || 'none'}`);
      }
      const links = [...wanted].map((f) => `    <link rel="modulepreload" crossorigin href="/${f}">\n`).join('');
      writeFileSync(join(options.dir, 'board.html'), html.replace(/\n\s*<\/head>/, `\n${links}  </head>`));
    },
  };
}
