/**
 * Places where features add to the journey map without editing the canvas itself. Each slot
 * renders the features' small components in a row; keep each one narrow (select only its own
 * records) because slots render inside memoised nodes.
 */
import { MapPersonaStrip } from '../features/personas/MapPersonaStrip';
import { PresenceLayer } from '../features/live/PresenceLayer';
import { AlignmentStrip } from '../features/alignment/AlignmentStrip';
import { CardAlignmentBadges, StageAlignmentBadges } from '../features/alignment/MapBadges';
import { CardVotes, StageWorkshopBadges } from '../features/workshop/MapBadges';
import { MapWorkshopStrip } from '../features/workshop/MapWorkshopStrip';
import { StageRequestBadge } from '../features/requests/MapBadges';

/** Under a stage's name: owner, KPIs, content requests… */
export function StageBadges(props: { stageId: string; mapId: string }) {
  return (
    <>
      <StageAlignmentBadges stageId={props.stageId} mapId={props.mapId} />
      <StageWorkshopBadges stageId={props.stageId} mapId={props.mapId} />
      <StageRequestBadge stageId={props.stageId} />
    </>
  );
}

/** At the bottom of a card: owner, votes, glossary terms… */
export function CardBadges(props: { cardId: string }) {
  return (
    <>
      <CardAlignmentBadges cardId={props.cardId} />
      <CardVotes cardId={props.cardId} />
    </>
  );
}

/**
 * The strip above the canvas: the map's personas, the alignment check, the vote… One row that
 * wraps, not a row each: three rows took a third of a 720-pixel projector's height.
 */
export function MapStrip(props: { mapId: string }) {
  return (
    <div className="map-strips">
      <MapPersonaStrip mapId={props.mapId} />
      <PresenceLayer mapId={props.mapId} />
      <AlignmentStrip mapId={props.mapId} />
      <MapWorkshopStrip mapId={props.mapId} />
    </div>
  );
}
