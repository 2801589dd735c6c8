/**
 * What a logo served from our origin may contain: plain, unprefixed SVG drawing elements, known
 * presentation and geometry attributes, the SVG and XLink namespaces only, references inside the
 * document (or inline raster images), and CSS that is parsed (css-tree) rather than pattern-matched.
 * Everything else is a violation, and the sanitizer rejects the file instead of repairing it: a
 * deny-list misses what it does not know (prefixed `<s:script>`, escaped `u\72l(`), an allow-list
 * does not. The build-output test checks `dist/logos/` against the same rules.
 */
import * as csstree from 'css-tree';
import { optimize, type CustomPlugin, type XastElement } from 'svgo';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Drawing, structure, paint-server, text and filter elements. No `a`, `script`, `foreignObject`, animation, fonts or media. */
const ELEMENTS = new Set(
  'svg g defs symbol use title desc switch path rect circle ellipse line polyline polygon text tspan textPath image style linearGradient radialGradient stop pattern clipPath mask marker filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence'.split(' '),
);

/** Presentation attributes (also valid as CSS properties). */
const PRESENTATION =
  'alignment-baseline baseline-shift clip clip-path clip-rule color color-interpolation color-interpolation-filters color-profile color-rendering direction display dominant-baseline enable-background fill fill-opacity fill-rule filter flood-color flood-opacity font font-family font-size font-size-adjust font-stretch font-style font-variant font-weight glyph-orientation-horizontal glyph-orientation-vertical image-rendering isolation kerning letter-spacing lighting-color marker marker-end marker-mid marker-start mask mask-type mix-blend-mode opacity overflow paint-order pointer-events shape-rendering stop-color stop-opacity stroke stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width text-anchor text-decoration text-rendering transform transform-origin unicode-bidi vector-effect visibility word-spacing writing-mode';

/** Core, geometry, paint-server, text, filter and conditional attributes. */
const GEOMETRY =
  'id class style lang tabindex role focusable version baseProfile viewBox preserveAspectRatio zoomAndPan x y width height x1 y1 x2 y2 cx cy r rx ry fx fy fr d points pathLength dx dy rotate textLength lengthAdjust startOffset method spacing side href gradientUnits gradientTransform spreadMethod offset patternUnits patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits markerUnits markerWidth markerHeight refX refY orient filterUnits primitiveUnits filterRes in in2 result stdDeviation edgeMode mode operator k1 k2 k3 k4 type values tableValues slope intercept amplitude exponent scale xChannelSelector yChannelSelector baseFrequency numOctaves seed stitchTiles radius order kernelMatrix divisor bias targetX targetY kernelUnitLength preserveAlpha surfaceScale diffuseConstant specularConstant specularExponent azimuth elevation z pointsAtX pointsAtY pointsAtZ limitingConeAngle requiredFeatures requiredExtensions systemLanguage media title';

const ATTRIBUTES = new Set([...PRESENTATION.split(' '), ...GEOMETRY.split(' ')]);
/** Namespaced attributes that are allowed, by their qualified name. */
const QUALIFIED_ATTRIBUTES = new Set(['xlink:href', 'xlink:title', 'xml:space', 'xml:lang']);
/** Inert annotations (ARIA, data attributes) that browsers never act on in an image. */
const INERT_ATTRIBUTE = /^(?:aria|data)-[a-z0-9-]+$/;

/** CSS and attribute-value functions a logo may use. `url()` is handled apart: local fragments only. */
const FUNCTIONS = new Set(['rgb', 'color', 'rgba', 'hsl', 'hsla', 'calc', 'matrix', 'translate', 'translatex', 'translatey', 'scale', 'scalex', 'scaley', 'rotate', 'skewx', 'skewy']);
/** Inline raster images are the only non-local reference allowed. */
const SAFE_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i;
/** A fragment: any characters but space, quotes, parentheses and backslash (design tools write non-ASCII ids). */
const FRAGMENT = String.raw`#[^\s'"()\\]+`;
const LOCAL_FRAGMENT = new RegExp(`^${FRAGMENT}$`, 'u');
const LOCAL_URL = new RegExp(String.raw`^url\(\s*(['"]?)${FRAGMENT}\1\s*\)$`, 'iu');
/** Attributes that browsers parse as CSS values, and so could hold url() or image-set(). */
const CSS_VALUED = new Set([...PRESENTATION.split(' '), 'gradientTransform', 'patternTransform']);

function isLocalReference(value: string): boolean {
  const v = value.trim();
  return LOCAL_FRAGMENT.test(v) || SAFE_DATA_URL.test(v);
}

/** Problems in a CSS text: a style sheet (`<style>`) or a declaration list (`style=""`). */
export function cssViolations(css: string, context: 'stylesheet' | 'declarationList'): string[] {
  const problems: string[] = [];
  let ast: csstree.CssNode;
  try {
    ast = csstree.parse(css, {
      context,
      parseValue: true,
      onParseError: (error) => problems.push(`CSS that cannot be parsed (${error.message})`),
    });
  } catch (error) {
    return [`CSS that cannot be parsed (${(error as Error).message})`];
  }
  csstree.walk(ast, (node) => {
    if (node.type === 'Atrule') problems.push(`CSS at-rule @${csstree.ident.decode(node.name)}`);
    else if (node.type === 'Url' && !node.value.startsWith('#')) problems.push(`CSS url(${node.value}) outside the document`);
    else if (node.type === 'Function' && !FUNCTIONS.has(csstree.ident.decode(node.name).toLowerCase())) problems.push(`CSS function ${csstree.ident.decode(node.name)}()`);
    else if (node.type === 'Raw' && /[\\(]/.test(node.value)) problems.push(`unparsed CSS "${node.value.slice(0, 40)}"`);
  });
  return problems;
}

/** Problems in an attribute value that browsers parse as CSS (presentation attributes, transform). */
function valueViolations(name: string, value: string): string[] {
  if (value.includes('\\')) return [`${name}="${value.slice(0, 40)}" uses a CSS escape`];
  const problems: string[] = [];
  for (const m of value.matchAll(/([\w-]+)\s*\(/g)) {
    const fn = (m[1] ?? '').toLowerCase();
    if (fn === 'url') {
      const call = /url\([^)]*\)/i.exec(value.slice(m.index))?.[0] ?? '';
      if (!LOCAL_URL.test(call)) problems.push(`${name}="${value.slice(0, 60)}" refers outside the document`);
    } else if (!FUNCTIONS.has(fn)) problems.push(`${name}="${value.slice(0, 40)}" uses the function ${fn}()`);
  }
  return problems;
}

function isAllowedAttributeName(name: string): boolean {
  return ATTRIBUTES.has(name) || QUALIFIED_ATTRIBUTES.has(name) || INERT_ATTRIBUTE.test(name);
}

/**
 * Removes attributes that are not on the allow-list and cannot act: no event handler (`on…`), no
 * namespaced or `xmlns` attribute. Design tools leave such noise (`p-id`, `strokeWidth`, `featureKey`);
 * anything that could act stays in place for the allow-list check to reject. Removing never makes
 * a file more dangerous.
 */
export const stripInertAttributes: CustomPlugin = {
  name: 'strip-inert-attributes',
  fn: () => ({
    element: {
      enter: (node) => {
        for (const name of Object.keys(node.attributes)) {
          if (!isAllowedAttributeName(name) && !/^on/i.test(name) && !name.includes(':') && name !== 'xmlns') delete node.attributes[name];
        }
      },
    },
  }),
};

function attributeViolations(node: XastElement): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(node.attributes)) {
    if (name === 'xmlns') {
      if (value !== SVG_NS) problems.push(`<${node.name}> declares the namespace ${value}`);
    } else if (name.startsWith('xmlns:')) {
      if (!(name === 'xmlns:xlink' && value === XLINK_NS)) problems.push(`<${node.name}> declares ${name}="${value}"`);
    } else if (!isAllowedAttributeName(name)) {
      problems.push(`attribute ${name} on <${node.name}>`);
    } else if (name === 'href' || name === 'xlink:href') {
      if (!isLocalReference(value)) problems.push(`<${node.name} ${name}="${value.slice(0, 60)}"> refers outside the document`);
    } else if (name === 'style') {
      problems.push(...cssViolations(value, 'declarationList').map((p) => `style on <${node.name}>: ${p}`));
    } else if (CSS_VALUED.has(name)) {
      problems.push(...valueViolations(name, value));
    }
  }
  return problems;
}

/** An svgo plugin that changes nothing and records every violation of the allow-list. */
export function allowListCheck(problems: string[]): CustomPlugin {
  return {
    name: 'allow-list-check',
    fn: () => ({
      doctype: { enter: () => void problems.push('a DOCTYPE') },
      instruction: { enter: (node) => void (node.name.toLowerCase() === 'xml' || problems.push(`processing instruction <?${node.name}?>`)) },
      element: {
        enter: (node) => {
          if (!ELEMENTS.has(node.name)) problems.push(node.name.includes(':') ? `prefixed element <${node.name}>` : `element <${node.name}>`);
          problems.push(...attributeViolations(node));
          if (node.name === 'style') {
            const css = node.children.map((c) => ('value' in c ? c.value : '')).join('');
            problems.push(...cssViolations(css, 'stylesheet').map((p) => `<style>: ${p}`));
          }
        },
      },
    }),
  };
}

/** Every violation of the allow-list in an SVG text (empty when it complies); throws if it is not XML. */
export function svgViolations(svg: string): string[] {
  const problems: string[] = [];
  optimize(svg, { multipass: false, plugins: [allowListCheck(problems)] });
  return problems;
}
