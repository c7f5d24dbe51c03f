/** Reads back what is on screen, for `kvmtune.diff.debugState` (e2e tests and hostile-input proof). */
import type { RenderedState } from '../protocol';

export function collectRenderedState(
  doc: Document,
  view: RenderedState['view'],
  chartLabels: readonly string[],
  labels: { a: string; b: string },
  scriptsAtStart: number,
): RenderedState {
  const titles: string[] = [];
  for (const cell of Array.from(doc.querySelectorAll('td.test-name'))) {
    const text = cell.textContent ?? '';
    if (!titles.includes(text)) titles.push(text);
  }
  return {
    view,
    testsRendered: view === 'report' ? chartLabels.length : 0,
    titles,
    chartLabels: [...chartLabels],
    labels,
    problems: doc.querySelectorAll('#problems li').length,
    message: doc.querySelector('.message')?.textContent ?? '',
    injected: {
      scripts: doc.querySelectorAll('script').length - scriptsAtStart,
      images: doc.querySelectorAll('img').length,
      inlineHandlers: countInlineHandlers(doc),
      pwned: doc.body?.hasAttribute('data-pwned') === true || (globalThis as { kvmtunePwned?: unknown }).kvmtunePwned !== undefined,
    },
  };
}

function countInlineHandlers(doc: Document): number {
  let count = 0;
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) if (attribute.name.toLowerCase().startsWith('on')) count++;
  }
  return count;
}
