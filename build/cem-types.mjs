// custom-elements.json's types as a tool can use them (custom-elements-manifest.config.mjs):
//
// - An attribute (and its property) whose values are a closed set is listed by its values,
//   `"eyfs" | "ks1" | … | undefined`, not by the name of a type alias (`Age | undefined`) that
//   nothing reading the manifest can look up: editors offer the values as the attribute is typed.
// - Each event is typed with its detail, `CustomEvent<SubmitDetail>`, as src/events.ts declares
//   it for TypeScript (EsafetyEventMap), so the two cannot differ.
//
// The analyzer only parses; the types come from a TypeScript program of the same files (its own
// TypeScript, 5.x: the project's 7.x has no JS API) with the project's compiler options.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/** Where EsafetyEventMap is declared. */
const EVENTS_MODULE = 'src/events.ts';

/**
 * The analyzer's `overrideModuleCreation`: the modules parsed as the analyzer itself does (each
 * named by its glob, the path the manifest gives), and beside them a program of the same files for
 * the plugin's types.
 */
export function programModules(state) {
  return ({ ts, globs }) => {
    const configPath = ts.findConfigFile(process.cwd(), ts.sys.fileExists, 'tsconfig.json');
    const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
    // The test runner's types (tsconfig's "types") are not needed to type the elements.
    const program = ts.createProgram([...new Set([...globs, EVENTS_MODULE])], { ...options, types: [], noEmit: true });
    Object.assign(state, { ts, program, checker: program.getTypeChecker() });
    return globs.map((glob) => ts.createSourceFile(glob, readFileSync(glob, 'utf8'), ts.ScriptTarget.ES2015, true));
  };
}

/** A union of literals (and undefined / null), written out member by member; else undefined. */
function literalUnion(ts, checker, type) {
  const members = type.isUnion() ? type.types : [type];
  const literal = (t) => t.isLiteral() || (t.flags & (ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0;
  if (!members.every(literal) || !members.some((t) => t.isStringLiteral())) return undefined;
  const last = (t) => (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null) ? 1 : 0);
  return [...members].sort((a, b) => last(a) - last(b)).map((t) => checker.typeToString(t)).join(' | ');
}

/** The class declaration `name` in a source file. */
const classIn = (ts, sourceFile, name) => sourceFile?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === name);

/** The plugin, sharing `state` with programModules. */
export function typesPlugin(state) {
  return {
    name: 'esafety-types',
    packageLinkPhase({ customElementsManifest }) {
      const { ts, program, checker } = state;
      if (!checker) throw new Error('esafety-types: no program — set overrideModuleCreation to programModules(state)');
      const source = (path) => program.getSourceFile(path) ?? program.getSourceFile(resolve(path));
      const eventsFile = source(EVENTS_MODULE);
      const map = eventsFile?.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'EsafetyEventMap');
      if (!map) throw new Error(`esafety-types: no EsafetyEventMap in ${EVENTS_MODULE}`);
      // Each event's type as written there, with where its detail type is declared (for tools that link it).
      const eventTypes = new Map(
        map.members.map((m) => {
          const text = m.type.getText(eventsFile);
          const arg = m.type.typeArguments?.[0];
          const type = arg && checker.getTypeAtLocation(arg);
          const decl = (type?.aliasSymbol ?? type?.symbol)?.declarations?.[0];
          const name = arg?.getText(eventsFile);
          const references = decl && name ? [{ name, module: relative(process.cwd(), decl.getSourceFile().fileName), start: text.indexOf(name), end: text.indexOf(name) + name.length }] : undefined;
          return [m.name.text, references ? { text, references } : { text }];
        }),
      );
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (!d.customElement) continue;
          for (const e of d.events ?? []) {
            const type = eventTypes.get(e.name);
            if (!type) throw new Error(`esafety-types: ${d.name} (${mod.path}) fires "${e.name}", which ${EVENTS_MODULE} does not declare in EsafetyEventMap`);
            e.type = type;
          }
          const cls = classIn(ts, source(mod.path), d.name);
          if (!cls) continue;
          const instance = checker.getTypeAtLocation(cls);
          const expand = (fieldName, holder) => {
            const prop = fieldName && checker.getPropertyOfType(instance, fieldName);
            const text = prop && literalUnion(ts, checker, checker.getTypeOfSymbolAtLocation(prop, cls));
            if (text) holder.type = { text };
          };
          for (const a of d.attributes ?? []) expand(a.fieldName, a);
          for (const m of d.members ?? []) if (m.kind === 'field' && !m.static) expand(m.name, m);
        }
      }
    },
  };
}
