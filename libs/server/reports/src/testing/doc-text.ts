import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The text of every table in a document definition, row by row, cell by cell (a cell's
 * `text`, or its stacked texts joined by " / "), in document order: what the tests read
 * instead of a rendered PDF.
 */
export function tablesOf(doc: TDocumentDefinitions | Content): string[][][] {
  const found: string[][][] = [];
  walk(doc, (node) => {
    const table = (node as { table?: { body?: unknown[][] } }).table;
    if (table?.body) found.push(table.body.map((row) => row.map(cellText)));
  });
  return found;
}

/** Every text of the content, in order. */
export function textsOf(doc: TDocumentDefinitions | Content): string[] {
  const texts: string[] = [];
  walk(doc, (node) => {
    const text = (node as { text?: unknown }).text;
    if (typeof text === 'string') texts.push(text);
  });
  return texts;
}

function cellText(cell: unknown): string {
  if (typeof cell === 'string') return cell;
  if (cell && typeof cell === 'object') {
    const c = cell as { text?: unknown; stack?: unknown[] };
    if (typeof c.text === 'string') return c.text;
    if (Array.isArray(c.stack)) return c.stack.map(cellText).join(' / ');
  }
  return '';
}

function walk(node: unknown, visit: (node: object) => void): void {
  if (Array.isArray(node)) {
    node.forEach((n) => walk(n, visit));
  } else if (node && typeof node === 'object') {
    visit(node);
    for (const value of Object.values(node)) walk(value, visit);
  }
}
