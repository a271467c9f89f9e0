/**
 * Places where features add to the journey map without editing the canvas itself. Each slot
 * renders the features' small components in a row; keep each one narrow (select only its own
 * records) because slots render inside memoised nodes.
 */

/** Under a stage's name: owner, KPIs, content requests… */
export function StageBadges(_props: { stageId: string; mapId: string }) {
  return null;
}

/** At the bottom of a card: owner, votes, glossary terms… */
export function CardBadges(_props: { cardId: string }) {
  return null;
}

/** A strip above the canvas: the map's personas… */
export function MapStrip(_props: { mapId: string }) {
  return null;
}
