/** One study item of the demo course, shaped like a row of the Notion flashcards database. */
export type DemoAtom =
  | {type: 'flashcard'; front: string; back: string}
  | {type: 'cloze'; front: string; back?: string}
  | {type: 'mcq'; front: string; options: string[]; correct: number[]; explanation?: string}
  | {type: 'true_false'; front: string; answer: boolean; explanation?: string}
  | {type: 'matching'; front: string; pairs: {left: string; right: string}[]; explanation?: string}
  | {type: 'parsons'; front: string; lines: string[]; distractors?: string[]; explanation?: string};

/** A concept with its definition, the week that teaches it, and its study items. */
export interface DemoConcept {
  name: string;
  definition: string;
  week: number;
  atoms: DemoAtom[];
}

/** A group of related concepts; examWeight is its share of the exam in percent. */
export interface DemoCluster {
  name: string;
  description: string;
  examWeight: number;
  concepts: DemoConcept[];
}

/** A top-level subject area of the course. */
export interface DemoArea {
  name: string;
  description: string;
  domain: string;
  clusters: DemoCluster[];
}

/** One weekly module of the program; track names a {@link DemoTrack}. */
export interface DemoModule {
  week: number;
  name: string;
  description: string;
  track: string;
}

/** A track of the program that groups weekly modules. */
export interface DemoTrack {
  name: string;
  description: string;
}

/** A rewrite proposal for a badly written card that exists verbatim in the demo content. */
export interface DemoRewrite {
  conceptName: string;
  original: {front: string; back: string};
  proposal: {front: string; back: string}[];
  reason: string;
  confidence: number;
}

/** The single program the demo database holds. */
export interface DemoProgram {
  name: string;
  description: string;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD */
  endDate: string;
}
