// The blocks an MDX page may use, by name, and the attributes each takes (none today). A plain
// module so that the content check and the build's MDX guard can read it without .astro files;
// index.ts must provide exactly these names (its `satisfies` fails `npm run check` otherwise).

export const blockAttributes = {
  AcuteNumbers: [],
  Doors: [],
  InterpreterRequest: [],
  KnowledgeLinks: [],
  LanguageLines: [],
  MunicipalityContacts: [],
  RelativesSupport: [],
  SelfTests: [],
} as const satisfies Record<string, readonly string[]>;

export type BlockName = keyof typeof blockAttributes;

export const blockNames = Object.keys(blockAttributes) as BlockName[];
