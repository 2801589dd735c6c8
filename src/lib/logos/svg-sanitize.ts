/**
 * Makes a third-party SVG logo safe and small with svgo: scripts, event handlers, external
 * references and active content are removed, then the file is minified. The result is checked
 * again, and anything still suspicious, unparsable or too large is rejected with a reason, so the
 * caller can fall back to another logo and say why.
 */
import { optimize, type CustomPlugin, type XastElement, type XastParent } from 'svgo';

/** Inputs larger than this are rejected unread: no logo needs it, and it would bloat pages. */
export const MAX_INPUT_BYTES = 3 * 1024 * 1024;

export type SanitizeResult =
  | { ok: true; svg: string; aspect: number; removed: string[] }
  | { ok: false; reason: string };

/**
 * svgo's full preset computes styles per element, which takes minutes on some large exports (one
 * real logo with 1,500 styled lines took 50 s). Above this size only cheap, local clean-ups run.
 */
const FULL_OPTIMIZE_BYTES = 64 * 1024;
const LIGHT_PLUGINS = [
  'removeDoctype',
  'removeXMLProcInst',
  'removeComments',
  'removeMetadata',
  'removeEditorsNSData',
  'removeDesc',
  'cleanupAttrs',
  'cleanupNumericValues',
  'removeEmptyAttrs',
  'removeUnusedNS',
] as const;

/** Elements that can run code, embed documents or pull other content in. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignObject', 'iframe', 'embed', 'object', 'audio', 'video', 'canvas', 'handler', 'listener', 'set', 'animate', 'animateMotion', 'animateTransform', 'discard']);
/** Raster images may be embedded inline, nothing else. */
const SAFE_DATA_URL = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i;

function isLocalReference(value: string): boolean {
  return value.startsWith('#') || SAFE_DATA_URL.test(value.trim());
}

/** `url(...)` references in styles must point inside the document. */
function hasExternalUrl(value: string): boolean {
  const urls = value.match(/url\(\s*(['"]?)(.*?)\1\s*\)/gi) ?? [];
  return urls.some((u) => !/url\(\s*['"]?#/i.test(u)) || /@import|expression\(|javascript:/i.test(value);
}

function neutralize(removed: string[]): CustomPlugin {
  const drop = (node: XastElement, parent: XastParent, why: string) => {
    parent.children = parent.children.filter((child) => child !== node);
    removed.push(why);
  };
  return {
    name: 'neutralize-active-content',
    fn: () => ({
      element: {
        enter: (node, parent) => {
          if (FORBIDDEN_ELEMENTS.has(node.name)) return drop(node, parent, `<${node.name}>`);
          if (node.name === 'style') {
            const css = node.children.map((c) => ('value' in c ? c.value : '')).join('');
            if (hasExternalUrl(css)) return drop(node, parent, '<style> with an external reference');
          }
          if (node.name === 'a') {
            // Unwrap links: keep the drawing, lose the navigation.
            const index = parent.children.indexOf(node);
            parent.children.splice(index, 1, ...node.children);
            removed.push('<a>');
          }
          for (const [name, value] of Object.entries(node.attributes)) {
            const lower = name.toLowerCase();
            if (lower.startsWith('on')) {
              delete node.attributes[name];
              removed.push(`${name} attribute`);
            } else if ((lower === 'href' || lower.endsWith(':href') || lower === 'src') && !isLocalReference(value)) {
              if (node.name === 'image' || node.name === 'use' || node.name === 'feImage') return drop(node, parent, `<${node.name}> with an external reference`);
              delete node.attributes[name];
              removed.push(`${name} attribute`);
            } else if (lower === 'style' && hasExternalUrl(value)) {
              delete node.attributes[name];
              removed.push('style attribute with an external reference');
            } else if (/url\(/i.test(value) && hasExternalUrl(value)) {
              delete node.attributes[name];
              removed.push(`${name} attribute with an external reference`);
            }
          }
          return undefined;
        },
      },
    }),
  };
}

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

/** Last line of defence: patterns that must not survive sanitizing. */
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
  const removed: string[] = [];
  let svg: string;
  try {
    svg = optimize(text, {
      multipass: false,
      plugins: [
        neutralize(removed),
        ...(Buffer.byteLength(text) > FULL_OPTIMIZE_BYTES
          ? LIGHT_PLUGINS
          : [{ name: 'preset-default' as const, params: { overrides: { removeUnknownsAndDefaults: { keepDataAttrs: false } } } }]),
      ],
    }).data;
  } catch (error) {
    return { ok: false, reason: `cannot be parsed as SVG: ${(error as Error).message.split('\n')[0]}` };
  }
  const active = STILL_ACTIVE.find((pattern) => pattern.test(svg));
  if (active) return { ok: false, reason: `still contains active content after cleaning (${active.source})` };
  const aspect = aspectOf(svg);
  if (!aspect) return { ok: false, reason: 'has neither a viewBox nor a width and height, so it cannot be sized' };
  return { ok: true, svg, aspect, removed };
}
