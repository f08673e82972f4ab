/**
 * A small XML tree on saxes (a strict, namespace-aware, streaming XML parser that runs in
 * the browser too), for the few parts the package editor changes: the workbook, its
 * relationships, the content types, the styles, the core properties. Parsed as XML, never
 * with regular expressions, and written back: comments, CDATA, processing instructions,
 * prefixes and namespace declarations are kept; quoting and whitespace inside tags become
 * the canonical form. Linear in the size of the part, whatever its depth (no recursion
 * anywhere), and within XML_TREE_LIMITS (below). A DOCTYPE is refused: OOXML parts
 * carry none (ECMA-376 Part 2 §8.1.4), and it is how XXE and entity expansion come in.
 */
import { SaxesParser } from 'saxes';
import { PackageError } from './package-error';

export interface XmlAttr {
  /** As written ("r:id"). */
  name: string;
  value: string;
  /** Namespace URI ('' for an unprefixed attribute). */
  uri: string;
  local: string;
}

export interface XmlElement {
  kind: 'element';
  /** As written ("x:sheet"). */
  name: string;
  uri: string;
  local: string;
  attrs: XmlAttr[];
  children: XmlNode[];
  parent: XmlElement | null;
}

export type XmlNode = XmlElement | { kind: 'text'; text: string } | { kind: 'cdata'; text: string } | { kind: 'comment'; text: string } | { kind: 'pi'; target: string; body: string };

export interface XmlDocument {
  standalone?: string;
  /** Comments and processing instructions before and after the root element. */
  before: XmlNode[];
  root: XmlElement;
  after: XmlNode[];
}

export const XMLNS = 'http://www.w3.org/2000/xmlns/';
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a part: UTF-8 or UTF-16 by its byte order mark (the two encodings OOXML
 * allows, Part 2 §8.1.4); invalid UTF-8 is refused rather than guessed.
 */
export function decodeXml(bytes: Uint8Array, part: string): string {
  try {
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    return utf8.decode(bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  } catch {
    throw new PackageError('bad-encoding', { part });
  }
}

/** saxes' messages are "file:line:col: text"; only the position reaches the clerk. */
export function xmlError(part: string, p: { line: number; column: number }): PackageError {
  return new PackageError('bad-xml', { part, line: p.line, column: p.column });
}

/** An XML declaration naming an encoding other than the bytes' is refused. */
export function checkDeclaredEncoding(encoding: string | undefined, part: string): void {
  if (encoding && !/^utf-?(8|16)$/i.test(encoding)) throw new PackageError('bad-encoding', { part });
}

/**
 * What a package may hold in parts parsed into a tree. The tree costs about 200 bytes of
 * memory a node (an element, a text, a comment), whatever the bytes of the part: a 58 KB
 * file whose relationships inflate to 60 MB of "<a/>" would otherwise take gigabytes. Real
 * parts are far below: a workbook part with 64 000 styles (Excel's cap on cell formats) is
 * about 10 MB and 300 000 nodes; a workbook part with thousands of defined names a few MB.
 */
export const XML_TREE_LIMITS = {
  /** Bytes of one part parsed into a tree (as stored, before decoding). */
  maxPartBytes: 32 * 1024 * 1024,
  /** Nodes of one part (elements, attributes, texts, comments). */
  maxPartNodes: 1_000_000,
  /** Nodes of every part of one package parsed into a tree (the copies the editor makes count too). */
  maxPackageNodes: 2_000_000,
};

/** Nodes left to a package (one per package: OpenPackage, mapSource); parts take from it as they are parsed. */
export interface XmlBudget {
  nodes: number;
}
export const newXmlBudget = (): XmlBudget => ({ nodes: XML_TREE_LIMITS.maxPackageNodes });

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * Parsed without recursion, and with namespaces resolved here (a stack of URIs per prefix,
 * so a lookup costs the same at any depth: saxes' own resolution walks every open element,
 * which made a part nested 100 000 deep take minutes). saxes checks the rest of
 * well-formedness. Past the budget, a PackageError naming the part ('xml-too-large').
 */
export function parseXml(text: string, part: string, budget?: XmlBudget): XmlDocument {
  const parser = new SaxesParser({ position: true });
  const doc: XmlDocument = { before: [], root: null as unknown as XmlElement, after: [] };
  const stack: XmlElement[] = [];
  /** Prefix ('' the default namespace) → its bindings, innermost last. */
  const scopes = new Map<string, string[]>([
    ['xml', [XML_NS]],
    ['xmlns', [XMLNS]],
  ]);
  /** Per open element, the prefixes it declared (to unbind on its end tag). */
  const declared: (string[] | null)[] = [];
  let nodes = 0;
  const count = () => {
    nodes++;
    if (nodes > XML_TREE_LIMITS.maxPartNodes) throw new PackageError('xml-too-large', { part, limit: XML_TREE_LIMITS.maxPartNodes });
    if (budget && --budget.nodes < 0) throw new PackageError('package-xml-too-large', { part, limit: XML_TREE_LIMITS.maxPackageNodes });
  };
  const bad = (): never => {
    throw xmlError(part, parser);
  };
  const resolve = (prefix: string): string => {
    const s = scopes.get(prefix);
    const uri = s?.[s.length - 1];
    if (uri === undefined) return prefix === '' ? '' : bad();
    return uri;
  };
  const split = (name: string): [string, string] => {
    const colon = name.indexOf(':');
    if (colon < 0) return ['', name];
    const prefix = name.slice(0, colon);
    const local = name.slice(colon + 1);
    if (!prefix || !local || local.includes(':')) bad();
    return [prefix, local];
  };
  let rootClosed = false;
  const add = (node: XmlNode) => {
    const top = stack[stack.length - 1];
    if (top) {
      count();
      top.children.push(node);
    } else if (node.kind !== 'text') {
      count();
      (rootClosed ? doc.after : doc.before).push(node);
    }
  };
  parser.on('xmldecl', (d) => {
    checkDeclaredEncoding(d.encoding, part);
    if (d.standalone) doc.standalone = d.standalone;
  });
  parser.on('doctype', () => {
    throw new PackageError('doctype', { part });
  });
  parser.on('opentag', (tag) => {
    count();
    const raw = tag.attributes as Record<string, string>;
    // Attributes cost as much as elements: each is a node of the budget.
    for (const _ in raw) count();
    let mine: string[] | null = null;
    // Declarations first: they apply to the element's own name and attributes.
    for (const name in raw) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      const prefix = name === 'xmlns' ? '' : name.slice(6);
      if (prefix === 'xmlns' || (prefix !== '' && !raw[name])) bad();
      (scopes.get(prefix) ?? scopes.set(prefix, []).get(prefix)!).push(raw[name]);
      (mine ??= []).push(prefix);
    }
    declared.push(mine);
    const attrs: XmlAttr[] = [];
    const seen = new Set<string>();
    for (const name in raw) {
      let uri: string;
      let local: string;
      if (name === 'xmlns') [uri, local] = [XMLNS, 'xmlns'];
      else {
        const [prefix, l] = split(name);
        local = l;
        uri = prefix ? resolve(prefix) : '';
      }
      const key = `{${uri}}${local}`;
      if (seen.has(key)) bad();
      seen.add(key);
      attrs.push({ name, value: raw[name], uri, local });
    }
    const [prefix, local] = split(tag.name);
    const el: XmlElement = { kind: 'element', name: tag.name, uri: resolve(prefix), local, attrs, children: [], parent: stack[stack.length - 1] ?? null };
    if (!el.parent) doc.root = el;
    else el.parent.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
    for (const prefix of declared.pop() ?? []) scopes.get(prefix)!.pop();
    if (!stack.length) rootClosed = true;
  });
  parser.on('text', (text) => add({ kind: 'text', text }));
  parser.on('cdata', (text) => add({ kind: 'cdata', text }));
  parser.on('comment', (text) => add({ kind: 'comment', text }));
  parser.on('processinginstruction', (pi) => add({ kind: 'pi', target: pi.target, body: pi.body }));
  parser.on('error', bad);
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof PackageError) throw e;
    if (e instanceof RangeError) throw new PackageError('xml-too-deep', { part });
    throw xmlError(part, parser);
  }
  if (!doc.root) throw xmlError(part, parser);
  return doc;
}

/** A part's bytes parsed, within the tree's limits. */
export function parseXmlBytes(bytes: Uint8Array, part: string, budget?: XmlBudget): XmlDocument {
  if (bytes.length > XML_TREE_LIMITS.maxPartBytes) throw new PackageError('part-too-large', { part, limit: XML_TREE_LIMITS.maxPartBytes / 1024 / 1024 });
  return parseXml(decodeXml(bytes, part), part, budget);
}

const escText = (s: string) => (/[&<>\r]/.test(s) ? s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;')) : s);
const escAttr = (s: string) =>
  /[&<"\t\n\r]/.test(s) ? s.replace(/[&<"\t\n\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '"' ? '&quot;' : c === '\t' ? '&#9;' : c === '\n' ? '&#10;' : '&#13;')) : s;

/** Written without recursion: a part nested 100 000 deep costs its size, not the stack. */
function write(top: XmlNode, out: string[]): void {
  const todo: (XmlNode | string)[] = [top];
  while (todo.length) {
    const node = todo.pop()!;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    switch (node.kind) {
      case 'element': {
        let open = `<${node.name}`;
        for (const a of node.attrs) open += ` ${a.name}="${escAttr(a.value)}"`;
        if (!node.children.length) {
          out.push(`${open}/>`);
          break;
        }
        out.push(`${open}>`);
        todo.push(`</${node.name}>`);
        for (let i = node.children.length - 1; i >= 0; i--) todo.push(node.children[i]);
        break;
      }
      case 'text':
        out.push(escText(node.text));
        break;
      case 'cdata':
        out.push(`<![CDATA[${node.text}]]>`);
        break;
      case 'comment':
        out.push(`<!--${node.text}-->`);
        break;
      case 'pi':
        out.push(`<?${node.target}${node.body ? ` ${node.body}` : ''}?>`);
    }
  }
}

/** The document as UTF-8 XML text (whatever encoding it came in). */
export function serializeXml(doc: XmlDocument): string {
  const out = [`<?xml version="1.0" encoding="UTF-8"${doc.standalone ? ` standalone="${doc.standalone}"` : ''}?>\r\n`];
  for (const n of doc.before) write(n, out);
  write(doc.root, out);
  for (const n of doc.after) write(n, out);
  return out.join('');
}

// ---------------------------------------------------------------------------------------
// Reading and changing the tree

export const elements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => c.kind === 'element');

/** Child elements in namespace `uri` (one of `uris`) named `local`. */
export function childrenNamed(el: XmlElement, uris: readonly string[], local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.kind === 'element' && c.local === local && uris.includes(c.uri)) out.push(c);
  return out;
}
export const childNamed = (el: XmlElement, uris: readonly string[], local: string): XmlElement | undefined => childrenNamed(el, uris, local)[0];

/** An attribute without namespace ("name"), or in one of `uris` ("r:id"). */
export function attr(el: XmlElement, local: string, uris: readonly string[] = ['']): string | undefined {
  for (const a of el.attrs) if (a.local === local && uris.includes(a.uri)) return a.value;
  return undefined;
}

/** Sets (or adds) an attribute without namespace. */
export function setAttr(el: XmlElement, local: string, value: string | number): void {
  const a = el.attrs.find((x) => x.local === local && x.uri === '');
  if (a) a.value = String(value);
  else el.attrs.push({ name: local, value: String(value), uri: '', local });
}

/** The text of an element (its text and CDATA, nested ones included), without recursion. */
export function textOf(el: XmlElement): string {
  let s = '';
  const todo: XmlNode[] = [el];
  while (todo.length) {
    const n = todo.pop()!;
    if (n.kind === 'text' || n.kind === 'cdata') s += n.text;
    else if (n.kind === 'element') for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i]);
  }
  return s;
}

export function setText(el: XmlElement, text: string): void {
  el.children = text ? [{ kind: 'text', text }] : [];
}

/** The prefix `uri` is bound to where `el` is (null: not bound; '' the default namespace). */
export function prefixOf(el: XmlElement | null, uri: string): string | null {
  for (let e = el; e; e = e.parent) {
    for (const a of e.attrs) {
      if (a.uri !== XMLNS && a.name !== 'xmlns') continue;
      if (a.value === uri) {
        const p = a.name === 'xmlns' ? '' : a.local;
        // A closer declaration of the same prefix for another namespace hides this one.
        if (resolvePrefix(el, p) === uri) return p;
      }
    }
  }
  return null;
}

function resolvePrefix(el: XmlElement | null, prefix: string): string | undefined {
  for (let e = el; e; e = e.parent) {
    for (const a of e.attrs) {
      if (prefix === '' ? a.name === 'xmlns' : a.uri === XMLNS && a.local === prefix) return a.value;
    }
  }
  return undefined;
}

/**
 * A new element in the namespace of `parent`, with its prefix, or in `uri` (declared on the
 * element when no prefix is bound to it there).
 */
export function createElement(parent: XmlElement, local: string, attrs: [string, string | number][] = [], uri = parent.uri): XmlElement {
  let prefix = prefixOf(parent, uri);
  const el: XmlElement = { kind: 'element', name: local, uri, local, attrs: [], children: [], parent };
  if (prefix === null) {
    prefix = '';
    el.attrs.push({ name: 'xmlns', value: uri, uri: XMLNS, local: 'xmlns' });
  }
  el.name = prefix ? `${prefix}:${local}` : local;
  for (const [name, value] of attrs) el.attrs.push({ name, value: String(value), uri: '', local: name });
  return el;
}

/** Adds an attribute in namespace `uri` ("r:id"), declaring a prefix for it on the root when none is bound. */
export function setNsAttr(el: XmlElement, uri: string, local: string, value: string, preferred: string): void {
  let prefix = prefixOf(el, uri);
  if (!prefix) {
    let root = el;
    while (root.parent) root = root.parent;
    prefix = preferred;
    for (let n = 1; resolvePrefix(el, prefix) !== undefined; n++) prefix = `${preferred}${n}`;
    root.attrs.push({ name: `xmlns:${prefix}`, value: uri, uri: XMLNS, local: prefix });
  }
  el.attrs.push({ name: `${prefix}:${local}`, value, uri, local });
}

/** Parses a fragment written in namespace `uri` and moves it under `parent` with the parent's prefix. */
export function fragment(parent: XmlElement, xml: string): XmlElement {
  const doc = parseXml(`<f xmlns="${parent.uri}">${xml}</f>`, 'fragment');
  const el = elements(doc.root)[0];
  const prefix = prefixOf(parent, parent.uri);
  const todo: [XmlElement, XmlElement][] = [[el, parent]];
  while (todo.length) {
    const [e, p] = todo.pop()!;
    e.parent = p;
    if (e.uri === parent.uri && prefix) e.name = `${prefix}:${e.local}`;
    for (const c of elements(e)) todo.push([c, e]);
  }
  return el;
}

/**
 * Inserts `el` among `parent`'s children where the schema's sequence `order` puts it:
 * before the first child of the same namespace that comes later. Elements of other
 * namespaces (mc:AlternateContent, x15ac:absPath…) keep their places.
 */
export function insertInOrder(parent: XmlElement, el: XmlElement, order: readonly string[]): void {
  const rank = order.indexOf(el.local);
  el.parent = parent;
  const at = parent.children.findIndex((c) => c.kind === 'element' && c.uri === el.uri && order.indexOf(c.local) > rank);
  if (at < 0) parent.children.push(el);
  else parent.children.splice(at, 0, el);
}

export function removeChild(parent: XmlElement, child: XmlNode): void {
  const i = parent.children.indexOf(child);
  if (i >= 0) parent.children.splice(i, 1);
}

/**
 * A deep copy (the editor changes copies; the parsed parts stay as read), without recursion.
 * Its nodes are taken from `budget` like the parsed ones.
 */
export function cloneDocument(doc: XmlDocument, budget?: XmlBudget, part = ''): XmlDocument {
  const copyTree = (top: XmlNode, topParent: XmlElement | null): XmlNode => {
    const shallow = (n: XmlNode, parent: XmlElement | null): XmlNode => {
      if (budget && (budget.nodes -= 1 + (n.kind === 'element' ? n.attrs.length : 0)) < 0) throw new PackageError('package-xml-too-large', { part, limit: XML_TREE_LIMITS.maxPackageNodes });
      return n.kind === 'element' ? { ...n, attrs: n.attrs.map((a) => ({ ...a })), children: [], parent } : { ...n };
    };
    const root = shallow(top, topParent);
    const todo: [XmlElement, XmlElement][] = top.kind === 'element' ? [[top, root as XmlElement]] : [];
    while (todo.length) {
      const [from, to] = todo.pop()!;
      for (const c of from.children) {
        const copy = shallow(c, to);
        to.children.push(copy);
        if (c.kind === 'element') todo.push([c, copy as XmlElement]);
      }
    }
    return root;
  };
  return { ...doc, before: doc.before.map((n) => copyTree(n, null)), root: copyTree(doc.root, null) as XmlElement, after: doc.after.map((n) => copyTree(n, null)) };
}
