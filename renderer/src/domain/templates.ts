import type { LaneKind } from './types';

export interface StageTemplate {
  readonly name: string;
  readonly description: string;
}
export interface LaneTemplate {
  readonly name: string;
  readonly kind: LaneKind;
}
export interface MapTemplate {
  readonly id: 'b2b' | 'blank';
  readonly label: string;
  readonly stages: readonly StageTemplate[];
  readonly lanes: readonly LaneTemplate[];
}

/**
 * The words of the templates and lane kinds, as a part of the one catalogue (i18n/index.ts):
 * a translation or the pseudo-locale rewrites them in place, and the templates below read them
 * when a map is made. (What a map was made with stays in its document, in the words of then.)
 */
export const TEMPLATE_WORDS = {
  b2bLabel: 'B2B buying journey (7 stages, 8 lanes)',
  blankLabel: 'Blank map (1 stage, 1 lane)',
  blankStage: 'Stage 1',
  emotionLane: 'Emotion',
  /** The buying cycle of a typical B2B purchase, from first awareness to advocacy. */
  b2bStages: [
    { name: 'Awareness', description: 'Notices a problem and starts reading about it, mostly alone.' },
    { name: 'Consideration', description: 'Compares ways to solve it and builds a long list of vendors.' },
    { name: 'Evaluation', description: 'Talks to sales, asks for demos and references, involves the team.' },
    { name: 'Purchase', description: 'Negotiates price and terms; procurement and legal sign off.' },
    { name: 'Onboarding', description: 'Sets the product up and expects the first result quickly.' },
    { name: 'Retention', description: 'Uses it every week and judges whether it keeps its promise.' },
    { name: 'Advocacy', description: 'Recommends it, expands the contract, speaks at events.' },
  ],
};

export const LANE_KIND_LABELS: Record<LaneKind, string> = {
  actions: 'Customer actions',
  touchpoints: 'Touchpoints and channels',
  thoughts: 'Thoughts and feelings',
  emotion: 'Emotion curve',
  pains: 'Pain points',
  opportunities: 'Opportunities',
  message: 'Our message',
  backstage: 'Backstage systems',
  ownership: 'Who owns each step',
  text: 'Text cards',
};

export const B2B_STAGES: readonly StageTemplate[] = TEMPLATE_WORDS.b2bStages;

const B2B_LANE_KINDS: readonly LaneKind[] = ['actions', 'touchpoints', 'thoughts', 'emotion', 'pains', 'opportunities', 'message', 'backstage'];

/** The lanes of the B2B template, named in the catalogue's words of the moment. */
function b2bLanes(): readonly LaneTemplate[] {
  return B2B_LANE_KINDS.map((kind) => ({ name: kind === 'emotion' ? TEMPLATE_WORDS.emotionLane : LANE_KIND_LABELS[kind], kind }));
}

export const MAP_TEMPLATES: readonly MapTemplate[] = [
  {
    id: 'b2b',
    get label() {
      return TEMPLATE_WORDS.b2bLabel;
    },
    stages: B2B_STAGES,
    get lanes() {
      return b2bLanes();
    },
  },
  {
    id: 'blank',
    get label() {
      return TEMPLATE_WORDS.blankLabel;
    },
    get stages() {
      return [{ name: TEMPLATE_WORDS.blankStage, description: '' }];
    },
    get lanes() {
      return [{ name: LANE_KIND_LABELS.actions, kind: 'actions' as const }];
    },
  },
];

export function mapTemplate(id: MapTemplate['id']): MapTemplate {
  return MAP_TEMPLATES.find((t) => t.id === id) ?? (MAP_TEMPLATES[0] as MapTemplate);
}

/** The teams every new project starts with. Fixed ids, so two copies that add them merge. */
export const DEFAULT_TEAMS = [
  { id: 'team-marketing', name: 'Marketing', color: '#2f6fdf', order: 1 },
  { id: 'team-sales', name: 'Sales', color: '#d9480f', order: 2 },
  { id: 'team-success', name: 'Customer success', color: '#2b8a3e', order: 3 },
] as const;
