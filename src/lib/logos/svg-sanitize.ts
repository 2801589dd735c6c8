/**
 * Makes a third-party SVG logo safe and small with svgo. Editor metadata and comments are dropped;
 * then the file must pass the allow-list in svg-allow-list.ts (plain SVG elements, known attributes,
 * SVG and XLink namespaces, local references, parsed CSS without url(), image-set() or at-rules), or
 * it is rejected with the reasons: nothing dangerous is repaired, because repairing means knowing
 * every trick. The minified result is checked against the allow-list again, and a last pattern
 * check guards the output, so the caller can fall back to another logo and say why.
 */
import { optimize, type CustomPlugin } from 'svgo';
import { allowListCheck, stripInertAttributes } from './svg-allow-list.ts';

/** Part of the logo cache key: bump whenever sanitizing changes, so earlier results are redone. */
export const SANITIZER_VERSION = 3;

/** Inputs larger than this are rejected unread: no logo needs it, and it would bloat pages. */
export const MAX_INPUT_BYTES = 3 * 1024 * 1024;

export type SanitizeResult = { ok: true; svg: string; aspect: number } | { ok: false; reason: string };

/**
 * svgo's full preset computes styles per element, which takes minutes on some large exports (one
 * real logo with 1,500 styled lines took 50 s). Above this size only cheap, local clean-ups run.
 */
const FULL_OPTIMIZE_BYTES = 64 * 1024;
const LIGHT_PLUGINS = ['cleanupAttrs', 'cleanupNumericValues', 'removeEmptyAttrs'] as const;
/** Namespaces of design tools that svgo's removeEditorsNSData does not know yet. */
const MORE_EDITOR_NAMESPACES = ['http://vectornator.io', 'http://ns.gravit.io/'];
/** `requiredExtensions` of the private copy Illustrator and Gravit keep in a `<switch>` for themselves. */
const EDITOR_EXTENSIONS = new Set(['http://ns.adobe.com/AdobeIllustrator/10.0/', '&ns_ai;', 'http://ns.gravit.io/']);

/**
 * Drops the editors' private data blocks and ICC `<color-profile>` declarations (which no browser
 * uses). It matches exact editor markers and only ever removes, so it cannot let anything through:
 * whatever is left still has to pass the allow-list. Removal builds a new child array instead of
 * splicing the one svgo is walking, so no sibling is skipped.
 */
const stripEditorBlocks: CustomPlugin = {
  name: 'strip-editor-blocks',
  fn: () => ({
    element: {
      enter: (node, parent) => {
        const editorCopy = node.name === 'foreignObject' && EDITOR_EXTENSIONS.has(node.attributes['requiredExtensions'] ?? '');
        if (editorCopy || node.name === 'color-profile') parent.children = parent.children.filter((child) => child !== node);
      },
    },
  }),
};

/**
 * Inert parts that design tools add and that are not drawing, removed before the allow-list check:
 * comments, metadata, editor namespaces and blocks, and unknown attributes that cannot act.
 */
const STRIP_PLUGINS = [
  'removeDoctype',
  'removeXMLProcInst',
  'removeComments',
  'removeMetadata',
  { name: 'removeEditorsNSData' as const, params: { additionalNamespaces: MORE_EDITOR_NAMESPACES } },
  'removeDesc',
  stripEditorBlocks,
  stripInertAttributes,
  'removeUnusedNS',
] as const;

/** The width / height ratio from the root element's viewBox, else its width and height. */
function aspectOf(svg: string): number | undefined {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const viewBox = /viewBox\s*=\s*["']([^"']+)["']/i.exec(root)?.[1]?.trim().split(/[\s,]+/).map(Number);
  if (viewBox?.length === 4 && viewBox.every(Number.isFinite) && (viewBox[2] ?? 0) > 0 && (viewBox[3] ?? 0) > 0) {
    return (viewBox[2] as number) / (viewBox[3] as number);
  }
  const w = Number.parseFloat(/\bwidth\s*=\s*["']([\d.]+)/i.exec(root)?.[1] ?? '');
  const h = Number.parseFloat(/\bheight\s*=\s*["']([\d.]+)/i.exec(root)?.[1] ?? '');
  return w > 0 && h > 0 ? w / h : undefined;
}

/** Reason for a rejection: the distinct problems, the first few named. */
function notAllowed(problems: string[]): string {
  const distinct = [...new Set(problems)];
  const more = distinct.length > 3 ? ` and ${distinct.length - 3} more` : '';
  return `not allowed in a logo: ${distinct.slice(0, 3).join('; ')}${more}`;
}

/** Last line of defence, behind the allow-list: patterns that must never reach the output. */
const STILL_ACTIVE = [/<script/i, /\son[a-z]+\s*=/i, /javascript:/i, /<foreignObject/i, /(?:href|src)\s*=\s*["'](?!#|data:image\/(?:png|jpe?g|gif|webp);)/i, /<!ENTITY/i];

/**
 * Design tools (Adobe Illustrator above all) declare plain-text entities for namespace URIs in an
 * internal DTD. Those are expanded here and the DTD dropped. Anything else in a DTD (entities that
 * refer to other entities, external or parameter entities) is how "billion laughs" and external
 * entity attacks work, so such files are rejected.
 */
export function expandSimpleEntities(text: string): { ok: true; text: string } | { ok: false; reason: string } {
  const doctype = /<!DOCTYPE[^[>]*(\[([\s\S]*?)\])?\s*>/i.exec(text);
  if (!doctype) return { ok: true, text };
  const subset = doctype[2] ?? '';
  const entities = new Map<string, string>();
  const rest = subset.replace(/<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g, (_, name: string, dq?: string, sq?: string) => {
    entities.set(name, dq ?? sq ?? '');
    return '';
  });
  if (/<!ENTITY/i.test(rest)) return { ok: false, reason: 'declares external or parameter XML entities' };
  if (/<!|%/.test(rest.replace(/<!--[\s\S]*?-->/g, ''))) return { ok: false, reason: 'has a DTD with declarations other than plain entities' };
  for (const value of entities.values()) {
    if (/[&<%]/.test(value)) return { ok: false, reason: 'declares XML entities that refer to other entities, which can expand without limit' };
  }
  let out = text.slice(0, doctype.index) + text.slice(doctype.index + doctype[0].length);
  out = out.replace(/&([\w.-]+);/g, (whole, name: string) => {
    const value = entities.get(name);
    return value === undefined ? whole : value.replace(/"/g, '&quot;');
  });
  return { ok: true, text: out };
}

/**
 * Character references for ordinary characters are decoded before parsing: some exports write
 * every tab and newline as one, and the XML parser caps how many references a file may hold.
 * References to markup characters stay escaped.
 */
function decodeCharacterReferences(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (whole, code: string) => {
    const n = code[0] === 'x' || code[0] === 'X' ? Number.parseInt(code.slice(1), 16) : Number.parseInt(code, 10);
    if (!Number.isFinite(n) || n > 0x10ffff) return whole;
    const char = String.fromCodePoint(n);
    return /[<>&"']/.test(char) || (n < 32 && n !== 9 && n !== 10 && n !== 13) ? whole : char;
  });
}

export function sanitizeSvg(input: string | Buffer): SanitizeResult {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (bytes > MAX_INPUT_BYTES) {
    return { ok: false, reason: `file is ${(bytes / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit` };
  }
  const raw = input.toString();
  if (!/<svg[\s>]/i.test(raw)) return { ok: false, reason: 'not an SVG document (no <svg> element)' };
  const expanded = expandSimpleEntities(raw);
  if (!expanded.ok) return expanded;
  const text = decodeCharacterReferences(expanded.text);
  if (/<!ENTITY/i.test(text)) return { ok: false, reason: 'declares XML entities outside a DOCTYPE' };
  const problems: string[] = [];
  let svg: string;
  try {
    const stripped = optimize(text, { multipass: false, plugins: [...STRIP_PLUGINS, allowListCheck(problems)] }).data;
    if (problems.length) return { ok: false, reason: notAllowed(problems) };
    svg = optimize(stripped, {
      multipass: false,
      plugins: [
        ...(Buffer.byteLength(stripped) > FULL_OPTIMIZE_BYTES
          ? LIGHT_PLUGINS
          : [{ name: 'preset-default' as const, params: { overrides: { removeUnknownsAndDefaults: { keepDataAttrs: false } } } }]),
        allowListCheck(problems),
      ],
    }).data;
  } catch (error) {
    return { ok: false, reason: `cannot be parsed as SVG: ${(error as Error).message.split('\n')[0]}` };
  }
  if (problems.length) return { ok: false, reason: `after minifying: ${notAllowed(problems)}` };
  const active = STILL_ACTIVE.find((pattern) => pattern.test(svg));
  if (active) return { ok: false, reason: `still contains active content after cleaning (${active.source})` };
  const aspect = aspectOf(svg);
  if (!aspect) return { ok: false, reason: 'has neither a viewBox nor a width and height, so it cannot be sized' };
  return { ok: true, svg, aspect };
}
