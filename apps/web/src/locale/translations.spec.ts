import {
  AST,
  BindingType,
  Interpolation,
  LiteralPrimitive,
  parseTemplate,
  RecursiveAstVisitor,
  TmplAstBoundAttribute,
  TmplAstBoundText,
  TmplAstElement,
  TmplAstLetDeclaration,
  TmplAstNode,
  TmplAstRecursiveVisitor,
  TmplAstTemplate,
  TmplAstText,
  TmplAstTextAttribute,
  tmplAstVisitAll,
} from '@angular/compiler';
import { ɵmakeTemplateObject, ɵparseMessage } from '@angular/localize';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The translation check (see README.md next to this file). It reads the sources itself with
 * Angular's template parser and TypeScript, so it needs no build:
 * - every message has an explicit id that starts with its folder's name;
 * - every id has an English text in en/<folder>.json, and every English id still exists;
 * - Danish and English use the same placeholders;
 * - messages.json (the extracted Danish source) lists exactly the ids of the sources;
 * - in the folders listed in CONVERTED, no text is left unmarked in templates, and no
 *   Danish-looking string literal in TypeScript is left outside `$localize`.
 */

/** Folders whose every text is marked. Add yours when you have converted it. */
const CONVERTED = ['shell', 'account', 'auth', 'budget-years', 'core', 'forside', 'not-found', 'system', 'ui', 'dashboard', 'calendar', 'audit', 'tracks', 'users', 'framework', 'allocation', 'bids', 'savings', 'follow-up', 'effect', 'analysis'];

/** Text that is the same in both languages. */
const SAME_IN_BOTH = new Set(['Budgetspor']);

const ROOT = resolve(__dirname, '../../../..');
const APP = join(ROOT, 'apps/web/src/app');
const UI = join(ROOT, 'libs/web/shared/ui/src/lib');
const LOCALE = join(ROOT, 'apps/web/src/locale');

interface Found {
  readonly id: string;
  /** As the translation writes them: `{$NAME}`; in an ICU message `{VAR_PLURAL,` and `{NAME}`. */
  readonly placeholders: readonly string[];
  readonly file: string;
}

interface Source {
  readonly folder: string;
  readonly file: string;
  readonly messages: Found[];
  /** Text left unmarked: "file: what". */
  readonly unmarked: string[];
  readonly problems: string[];
}

/** `shell` for the files directly in app/, `ui` for the shared UI library, else the feature folder. */
function folderOf(file: string): string {
  if (file.startsWith(UI + sep)) return 'ui';
  const parts = relative(APP, file).split(sep);
  return parts.length === 1 ? 'shell' : parts[0];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    // Tests and their helpers (`*-testing.ts`) hold fixtures, not texts.
    return /\.(ts|html)$/.test(entry.name) && !/(\.spec|-testing)\.ts$/.test(entry.name) ? [path] : [];
  });
}

const hasLetters = (text: string) => /\p{L}/u.test(text);
/**
 * A string literal in code or a binding that reads like words for people (a capitalised word,
 * two words, or æ/ø/å), not a key, a path, a code like 'UTC' or a cookie like 'path=/; SameSite=Strict'.
 */
const looksLikeText = (text: string) => /[æøåÆØÅ]|^\s*\p{Lu}\p{Ll}|\p{L}{2,} \p{L}/u.test(text);

/** Attributes that never hold text for people. */
const NOT_TEXT_ATTRIBUTES = new Set([
  'accept', 'ariaCurrentWhenActive', 'autocapitalize', 'autocomplete', 'class', 'colspan', 'd', 'datetime', 'dir', 'enterkeyhint', 'fieldId',
  'fill', 'focusable', 'for', 'formArrayName', 'formControlName', 'formGroupName', 'fragment', 'height', 'href', 'id',
  'inputmode', 'lang', 'list', 'max', 'maxlength', 'min', 'minlength', 'name', 'ngClass', 'ngStyle', 'pattern',
  'queryParams', 'queryParamsHandling', 'rel', 'role', 'routerLink', 'routerLinkActive', 'routerLinkActiveOptions',
  'rowspan', 'scope', 'spellcheck', 'src', 'step', 'stroke', 'stroke-width', 'style', 'tabindex', 'target', 'type',
  'value', 'viewBox', 'width', 'wrap', 'xmlns',
]);
/** The ARIA attributes that hold text; the others hold ids, states and numbers. */
const ARIA_TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder']);
const isTextAttribute = (name: string) =>
  name.startsWith('aria-') ? ARIA_TEXT_ATTRIBUTES.has(name) : !NOT_TEXT_ATTRIBUTES.has(name) && !name.startsWith('data-');
/** Elements whose content is code or markup, not text to translate. */
const SKIPPED_ELEMENTS = new Set(['code', 'kbd', 'script', 'style']);

/** String literals that read like text, anywhere in a binding or interpolation expression. */
function textLiterals(ast: AST): string[] {
  const found: string[] = [];
  class Literals extends RecursiveAstVisitor {
    override visitLiteralPrimitive(literal: LiteralPrimitive, context: unknown): void {
      if (typeof literal.value === 'string' && looksLikeText(literal.value)) found.push(literal.value);
      super.visitLiteralPrimitive(literal, context);
    }
  }
  ast.visit(new Literals());
  return found;
}

function interpolationText(ast: AST): string[] {
  return ast instanceof Interpolation ? ast.strings.filter(hasLetters) : [];
}

/** Is this i18n metadata a message of its own (an element or attribute marked i18n)? */
function isMessage(meta: unknown): meta is { customId: string; placeholders: object; placeholderToMessage: object } {
  return typeof meta === 'object' && meta !== null && 'placeholderToMessage' in meta;
}

/** The messages of a template, and (for converted folders) what is left unmarked. */
function readTemplate(template: string, file: string, source: Source): void {
  const parsed = parseTemplate(template, file, { preserveWhitespaces: false });
  for (const error of parsed.errors ?? []) source.problems.push(`${file}: ${error.msg}`);

  const message = (meta: unknown, where: string) => {
    if (!isMessage(meta)) return;
    if (!meta.customId) source.problems.push(`${file}: ${where} is marked without an @@id`);
    else if (Object.keys(meta.placeholderToMessage).length > 0) {
      source.problems.push(`${file}: @@${meta.customId} has an ICU inside a longer text; give the ICU an element and an @@id of its own`);
    } else {
      const names = Object.keys(meta.placeholders);
      const icu = names.some((name) => name.startsWith('VAR_'));
      const placeholders = names.map((name) => (!icu ? `{$${name}}` : name.startsWith('VAR_') ? `{${name},` : `{${name}}`));
      source.messages.push({ id: meta.customId, placeholders, file });
    }
  };
  const unmarked = (what: string) => source.unmarked.push(`${file}: ${what}`);

  class Walker extends TmplAstRecursiveVisitor {
    private inMessage = 0;

    override visitElement(element: TmplAstElement): void {
      this.visitElementLike(element, element.name, () => super.visitElement(element));
    }

    override visitTemplate(template: TmplAstTemplate): void {
      this.visitElementLike(template, template.tagName ?? 'ng-template', () => super.visitTemplate(template));
    }

    private visitElementLike(node: TmplAstElement | TmplAstTemplate, tag: string, visitChildren: () => void): void {
      // Text in an element with its own `lang` is in that language on purpose ("English" on the language button).
      if (SKIPPED_ELEMENTS.has(tag) || node.attributes.some((a) => a.name === 'lang')) return;
      message(node.i18n, `<${tag}>`);
      const own = isMessage(node.i18n);
      if (own) this.inMessage++;
      visitChildren();
      if (own) this.inMessage--;
    }

    override visitTextAttribute(attribute: TmplAstTextAttribute): void {
      message(attribute.i18n, `attribute ${attribute.name}`);
      if (!attribute.i18n && isTextAttribute(attribute.name) && hasLetters(attribute.value)) {
        unmarked(`${attribute.name}="${attribute.value}"`);
      }
    }

    override visitBoundAttribute(attribute: TmplAstBoundAttribute): void {
      message(attribute.i18n, `attribute ${attribute.name}`);
      const kind = attribute.type;
      if (attribute.i18n || !isTextAttribute(attribute.name) || kind === BindingType.Class || kind === BindingType.Style) return;
      const ast = (attribute.value as AST & { ast?: AST }).ast ?? attribute.value;
      for (const text of [...interpolationText(ast), ...textLiterals(ast)]) unmarked(`[${attribute.name}] "${text}"`);
    }

    override visitText(text: TmplAstText): void {
      const value = text.value.trim();
      if (!this.inMessage && hasLetters(value) && !SAME_IN_BOTH.has(value)) unmarked(`"${value}"`);
    }

    override visitBoundText(text: TmplAstBoundText): void {
      if (this.inMessage) return;
      const ast = (text.value as AST & { ast?: AST }).ast ?? text.value;
      for (const part of [...interpolationText(ast), ...textLiterals(ast)]) unmarked(`"${part.trim()}" in {{ }}`);
    }

    override visitIcu(): void {
      if (!this.inMessage) unmarked('an ICU expression outside an i18n element');
    }

    override visitLetDeclaration(declaration: TmplAstLetDeclaration): void {
      const ast = (declaration.value as AST & { ast?: AST }).ast ?? declaration.value;
      for (const text of textLiterals(ast)) unmarked(`"${text}" in @let ${declaration.name}`);
    }
  }
  tmplAstVisitAll(new Walker(), parsed.nodes as TmplAstNode[]);
}

/** Properties (of decorators and options objects) whose strings are code, not text. */
const CODE_PROPERTIES = new Set(['selector', 'template', 'templateUrl', 'styleUrl', 'styleUrls', 'styles', 'host', 'providedIn', 'timeZone']);
/** DOM methods whose string arguments are CSS selectors. */
const SELECTOR_METHODS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);

/** `$localize` messages, inline templates, and (for converted folders) Danish-looking strings outside `$localize`. */
function readTypeScript(text: string, file: string, source: Source): void {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === '$localize') {
      readLocalize(node.template, file, source);
      return;
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && CODE_PROPERTIES.has(node.name.text)) {
      if (node.name.text === 'template' && ts.isNoSubstitutionTemplateLiteral(node.initializer)) {
        readTemplate(node.initializer.text, file, source);
      }
      return;
    }
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node) || isComparedValue(node) || isSelector(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (looksLikeText(node.text) && !SAME_IN_BOTH.has(node.text)) source.unmarked.push(`${file}: '${node.text}' outside $localize`);
    } else if (ts.isTemplateExpression(node)) {
      for (const part of [node.head, ...node.templateSpans.map((s) => s.literal)]) {
        if (looksLikeText(part.text)) source.unmarked.push(`${file}: \`${part.text}\` outside $localize`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
}

/** `el.querySelectorAll('table tbody tr')`: a CSS selector, not a text shown. */
function isSelector(node: ts.Node): boolean {
  const call = node.parent;
  return !!call && ts.isCallExpression(call) && call.arguments.includes(node as ts.Expression) &&
    ts.isPropertyAccessExpression(call.expression) && SELECTOR_METHODS.has(call.expression.name.text);
}

/** `event.key === 'Escape'`, `case 'Tab':` — a value compared, not a text shown. */
function isComparedValue(node: ts.Node): boolean {
  const parent = node.parent;
  if (parent && ts.isCaseClause(parent) && parent.expression === node) return true;
  if (!parent || !ts.isBinaryExpression(parent)) return false;
  const operator = parent.operatorToken.kind;
  return [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(operator);
}

function readLocalize(template: ts.TemplateLiteral, file: string, source: Source): void {
  const parts = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];
  const cooked = parts.map((part) => part.text);
  const raw = parts.map((part) => part.rawText ?? part.text);
  const parsed = ɵparseMessage(ɵmakeTemplateObject(cooked, raw), []);
  if (!parsed.customId) source.problems.push(`${file}: $localize\`${cooked[0]}…\` has no :@@id:`);
  else source.messages.push({ id: parsed.customId, placeholders: parsed.placeholderNames.map((name) => `{$${name}}`), file });
}

function readSources(): Source[] {
  return [...sourceFiles(APP), ...sourceFiles(UI)].map((file) => {
    const source: Source = { folder: folderOf(file), file, messages: [], unmarked: [], problems: [] };
    const text = readFileSync(file, 'utf8');
    const name = relative(ROOT, file);
    if (file.endsWith('.html')) readTemplate(text, name, source);
    else readTypeScript(text, name, source);
    return source;
  });
}

/** `{$name}`, and in an ICU message its variable `{VAR_PLURAL,` and placeholders `{INTERPOLATION}`. */
function placeholdersOf(translation: string): string[] {
  return translation.match(/\{\$[^{}]+\}|\{VAR_[A-Z0-9_]+,|\{[A-Z][A-Z0-9_]*\}/g) ?? [];
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

function readEnglish(): Map<string, { folder: string; text: string }> {
  const english = new Map<string, { folder: string; text: string }>();
  for (const name of readdirSync(join(LOCALE, 'en')).filter((n) => n.endsWith('.json'))) {
    const texts = JSON.parse(readFileSync(join(LOCALE, 'en', name), 'utf8')) as Record<string, unknown>;
    for (const [id, text] of Object.entries(texts)) {
      english.set(id, { folder: basename(name, '.json'), text: String(text) });
    }
  }
  return english;
}

describe('translations', () => {
  const sources = readSources();
  const messages = sources.flatMap((s) => s.messages);
  const byId = new Map<string, Found>();
  for (const m of messages) if (!byId.has(m.id)) byId.set(m.id, m);
  const english = readEnglish();

  it('finds the marked messages (a sanity check of the reader itself)', () => {
    expect(byId.get('shell.nav.tracks')?.file).toBe('apps/web/src/app/app.html');
    expect(byId.get('shell.title.login')?.file).toBe('apps/web/src/app/app.routes.ts');
  });

  it('reads every template and $localize string, each with an explicit @@id', () => {
    expect(sources.flatMap((s) => s.problems)).toEqual([]);
  });

  it('names every id after its folder: @@<folder>.<name>', () => {
    const wrong = sources.flatMap((s) =>
      s.messages.filter((m) => !m.id.startsWith(`${s.folder}.`)).map((m) => `${m.file}: @@${m.id} should start with "${s.folder}."`),
    );
    expect(wrong).toEqual([]);
  });

  it('uses one id for one message: the same id always has the same placeholders', () => {
    const clashes = messages
      .filter((m) => sorted(m.placeholders).join() !== sorted(byId.get(m.id)?.placeholders ?? []).join())
      .map((m) => `@@${m.id} in ${m.file} and ${byId.get(m.id)?.file}`);
    expect(clashes).toEqual([]);
  });

  it('has an English text for every message', () => {
    const missing = [...byId.values()].filter((m) => !english.has(m.id)).map((m) => `${m.id} (${m.file}) → en/${folderOfId(m.id)}.json`);
    expect(missing).toEqual([]);
  });

  it('has no English text for a message that no longer exists, and keeps each in its folder\'s file', () => {
    const stale = [...english].filter(([id]) => !byId.has(id)).map(([id, e]) => `${id} in en/${e.folder}.json`);
    const misplaced = [...english].filter(([id, e]) => folderOfId(id) !== e.folder).map(([id, e]) => `${id} in en/${e.folder}.json`);
    expect({ stale, misplaced }).toEqual({ stale: [], misplaced: [] });
  });

  it('uses the same placeholders in Danish and English', () => {
    const differ = [...byId.values()]
      .filter((m) => english.has(m.id))
      .map((m) => ({ id: m.id, danish: sorted(m.placeholders), english: sorted(placeholdersOf(english.get(m.id)?.text ?? '')) }))
      .filter((m) => m.danish.join() !== m.english.join());
    expect(differ).toEqual([]);
  });

  it('loads every English file in src/locale-init.ts', () => {
    const init = readFileSync(join(ROOT, 'apps/web/src/locale-init.ts'), 'utf8');
    const files = readdirSync(join(LOCALE, 'en')).filter((n) => n.endsWith('.json'));
    const notLoaded = files.filter((name) => !init.includes(`'./locale/en/${name}'`));
    expect(notLoaded).toEqual([]);
  });

  it('has messages.json extracted from the current sources (npx nx run web:extract-i18n)', () => {
    const path = join(LOCALE, 'messages.json');
    const extracted = existsSync(path) ? Object.keys((JSON.parse(readFileSync(path, 'utf8')) as { translations: object }).translations) : [];
    const notExtracted = [...byId.keys()].filter((id) => !extracted.includes(id));
    const gone = extracted.filter((id) => !byId.has(id));
    expect({ notExtracted, gone }).toEqual({ notExtracted: [], gone: [] });
  });

  it('leaves no text unmarked in the converted folders', () => {
    const left = sources.filter((s) => CONVERTED.includes(s.folder)).flatMap((s) => s.unmarked);
    expect(left).toEqual([]);
  });
});

function folderOfId(id: string): string {
  return id.slice(0, id.indexOf('.'));
}
