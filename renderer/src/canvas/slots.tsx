/**
 * Places where features add to the journey map without editing the canvas itself: badges under
 * a stage's name and at the bottom of a card, and the strip above the map. A feature names its
 * small components in its module (`canvas` in features/<name>/module.ts); app/install.ts adds
 * them here at start, in the order of app/features.ts. Keep each one narrow (select only its own
 * records) because slots render inside memoised nodes.
 */
import type { ComponentType } from 'react';

export interface CanvasSlots {
  /** Under a stage's name: owner, KPIs, content requests… */
  readonly stageBadges?: readonly ComponentType<{ stageId: string; mapId: string }>[];
  /** At the bottom of a card: owner, votes, glossary terms… */
  readonly cardBadges?: readonly ComponentType<{ cardId: string }>[];
  /** In the strip above the canvas: the map's personas, the alignment check, the vote… */
  readonly mapStrips?: readonly ComponentType<{ mapId: string }>[];
  /**
   * A hook: the ids of this map's cards the current person may not see yet (a private vote
   * round's, say). Return the same Set while nothing changes: the canvas lays out again when it
   * changes identity.
   */
  readonly useHiddenCards?: (mapId: string) => ReadonlySet<string>;
}

const stageBadges: ComponentType<{ stageId: string; mapId: string }>[] = [];
const cardBadges: ComponentType<{ cardId: string }>[] = [];
const mapStrips: ComponentType<{ mapId: string }>[] = [];
const NONE: ReadonlySet<string> = new Set();
type HiddenCards = (mapId: string) => ReadonlySet<string>;
/** Every module's useHiddenCards, composed into one hook as they are added. */
let hiddenOf: HiddenCards = () => NONE;
let hiddenHooks = 0;

/** Two modules' hidden cards: a new Set only while both hide some (one module: its own Set). */
function both(first: HiddenCards, second: HiddenCards): HiddenCards {
  return (mapId) => {
    const a = first(mapId);
    const b = second(mapId);
    if (!a.size) return b;
    if (!b.size) return a;
    return new Set([...a, ...b]);
  };
}

/** Adds a feature's slot components after those added before. */
export function addCanvasSlots(slots: CanvasSlots): void {
  stageBadges.push(...(slots.stageBadges ?? []));
  cardBadges.push(...(slots.cardBadges ?? []));
  mapStrips.push(...(slots.mapStrips ?? []));
  if (slots.useHiddenCards) {
    hiddenOf = hiddenHooks++ ? both(hiddenOf, slots.useHiddenCards) : slots.useHiddenCards;
  }
}

/**
 * The cards of a map that stay off this screen: what every module's `useHiddenCards` hides.
 * The hooks are fixed before the first render (app/install.ts), so they run in the same order
 * on every render.
 */
export function useHiddenCards(mapId: string): ReadonlySet<string> {
  return hiddenOf(mapId);
}

export function StageBadges(props: { stageId: string; mapId: string }) {
  return (
    <>
      {stageBadges.map((Badge, i) => (
        <Badge key={i} stageId={props.stageId} mapId={props.mapId} />
      ))}
    </>
  );
}

export function CardBadges(props: { cardId: string }) {
  return (
    <>
      {cardBadges.map((Badge, i) => (
        <Badge key={i} cardId={props.cardId} />
      ))}
    </>
  );
}

/**
 * The strip above the canvas. One row that wraps, not a row each: three rows took a third of a
 * 720-pixel projector's height.
 */
export function MapStrip(props: { mapId: string }) {
  return (
    <div className="map-strips">
      {mapStrips.map((Strip, i) => (
        <Strip key={i} mapId={props.mapId} />
      ))}
    </div>
  );
}
