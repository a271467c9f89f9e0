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
}

const stageBadges: ComponentType<{ stageId: string; mapId: string }>[] = [];
const cardBadges: ComponentType<{ cardId: string }>[] = [];
const mapStrips: ComponentType<{ mapId: string }>[] = [];

/** Adds a feature's slot components after those added before. */
export function addCanvasSlots(slots: CanvasSlots): void {
  stageBadges.push(...(slots.stageBadges ?? []));
  cardBadges.push(...(slots.cardBadges ?? []));
  mapStrips.push(...(slots.mapStrips ?? []));
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
