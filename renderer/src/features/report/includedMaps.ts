/** The maps the report prints, in order, as map models (apart from ReportMap.tsx, which is fetched with the report). */
import { buildMapModel, type MapModel } from '../../shared/mapModel';

export function includedMaps(snapshot: Parameters<typeof buildMapModel>[0], options: { excludedMapIds: readonly string[] }): MapModel[] {
  const excluded = new Set(options.excludedMapIds);
  return Object.values(snapshot.maps)
    .filter((m) => !excluded.has(m.id))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((m) => buildMapModel(snapshot, m.id))
    .filter((m): m is MapModel => m !== null);
}
