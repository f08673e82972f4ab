/**
 * A small XML tree on saxes (a strict, namespace-aware, streaming XML parser that runs in
 * the browser too), for the few parts the package editor changes: the workbook, its
 * relationships, the content types, the styles, the core properties. Parsed as XML, never
 * with regular expressions, and written back: comments, CDATA, processing instructions,
 * prefixes and namespace declarations are kept; quoting and whitespace inside tags become
 * the canonical form. Linear in the size of the part. A DOCTYPE is refused: OOXML parts
 * carry none (ECMA-376 Part 2 §8.1.4), and it is how XXE and entity expansion come in.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
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

export type XmlNode =
  | XmlElement
  | { kind: 'text'; text: string }
  | { kind: 'cdata'; text: string }
  | { kind: 'comment'; text: string }
  | { kind: 'pi'; target: string; body: string };

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

export function parseXml(text: string, part: string): XmlDocument {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const doc: XmlDocument = { before: [], root: null as unknown as XmlElement, after: [] };
  const stack: XmlElement[] = [];
  let rootClosed = false;
  const add = (node: XmlNode) => {
    const top = stack[stack.length - 1];
    if (top) top.children.push(node);
    else if (node.kind !== 'text') (rootClosed ? doc.after : doc.before).push(node);
  };
  parser.on('xmldecl', (d) => {
    checkDeclaredEncoding(d.encoding, part);
    if (d.standalone) doc.standalone = d.standalone;
  });
  parser.on('doctype', () => {
    throw new PackageError('doctype', { part });
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const el: XmlElement = {
      kind: 'element',
      name: tag.name,
      uri: tag.uri,
      local: tag.local,
      attrs: Object.values(tag.attributes).map((a) => ({ name: a.name, value: a.value, uri: a.uri, local: a.local })),
      children: [],
      parent: stack[stack.length - 1] ?? null,
    };
    if (!el.parent) doc.root = el;
    else el.parent.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
    if (!stack.length) rootClosed = true;
  });
  parser.on('text', (text) => add({ kind: 'text', text }));
  parser.on('cdata', (text) => add({ kind: 'cdata', text }));
  parser.on('comment', (text) => add({ kind: 'comment', text }));
  parser.on('processinginstruction', (pi) => add({ kind: 'pi', target: pi.target, body: pi.body }));
  parser.on('error', () => {
    throw xmlError(part, parser);
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof PackageError) throw e;
    throw xmlError(part, parser);
  }
  if (!doc.root) throw xmlError(part, parser);
  return doc;
}

export const parseXmlBytes = (bytes: Uint8Array, part: string): XmlDocument => parseXml(decodeXml(bytes, part), part);

const escText = (s: string) => (/[&<>\r]/.test(s) ? s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;')) : s);
const escAttr = (s: string) =>
  /[&<"\t\n\r]/.test(s) ? s.replace(/[&<"\t\n\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '"' ? '&quot;' : c === '\t' ? '&#9;' : c === '\n' ? '&#10;' : '&#13;')) : s;

function write(node: XmlNode, out: string[]): void {
  switch (node.kind) {
    case 'element': {
      let open = `<${node.name}`;
      for (const a of node.attrs) open += ` ${a.name}="${escAttr(a.value)}"`;
      if (!node.children.length) {
        out.push(`${open}/>`);
        return;
      }
      out.push(`${open}>`);
      for (const c of node.children) write(c, out);
      out.push(`</${node.name}>`);
      return;
    }
    case 'text':
      out.push(escText(node.text));
      return;
    case 'cdata':
      out.push(`<![CDATA[${node.text}]]>`);
      return;
    case 'comment':
      out.push(`<!--${node.text}-->`);
      return;
    case 'pi':
      out.push(`<?${node.target}${node.body ? ` ${node.body}` : ''}?>`);
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

/** The text of an element (its text and CDATA, nested ones included). */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (c.kind === 'text' || c.kind === 'cdata') s += c.text;
    else if (c.kind === 'element') s += textOf(c);
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
  const rename = (e: XmlElement, p: XmlElement) => {
    e.parent = p;
    if (e.uri === parent.uri && prefix) e.name = `${prefix}:${e.local}`;
    for (const c of elements(e)) rename(c, e);
  };
  rename(el, parent);
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

/** A deep copy (the editor changes copies; the parsed parts stay as read). */
export function cloneDocument(doc: XmlDocument): XmlDocument {
  const copy = (n: XmlNode, parent: XmlElement | null): XmlNode => {
    if (n.kind !== 'element') return { ...n };
    const el: XmlElement = { ...n, attrs: n.attrs.map((a) => ({ ...a })), children: [], parent };
    el.children = n.children.map((c) => copy(c, el));
    return el;
  };
  return { ...doc, before: doc.before.map((n) => copy(n, null)), root: copy(doc.root, null) as XmlElement, after: doc.after.map((n) => copy(n, null)) };
}
