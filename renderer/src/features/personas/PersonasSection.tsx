import type { ProjectSection } from '../../shared/projectSections';
import { Icon } from '../../ui/icons';
import { lazyPart } from '../../ui/lazyPart';
import { PS } from './strings';

const PersonaEditor = lazyPart(() => import('./PersonaEditor').then((m) => m.PersonaEditor), PS.loadingWhat);
const PersonaGallery = lazyPart(() => import('./PersonaGallery').then((m) => m.PersonaGallery), PS.loadingWhat);

/** The "Personas" section of a project: the gallery, or one persona's editor. */
export const personasSection: ProjectSection = {
  id: 'personas',
  label: PS.section,
  icon: <Icon name="persona" />,
  render: ({ itemId }) => (itemId ? <PersonaEditor key={itemId} personaId={itemId} /> : <PersonaGallery />),
};
