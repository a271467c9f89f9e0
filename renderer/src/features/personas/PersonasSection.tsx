import type { ProjectSection } from '../../shared/projectSections';
import { Icon } from '../../ui/icons';
import { PersonaEditor } from './PersonaEditor';
import { PersonaGallery } from './PersonaGallery';
import { PS } from './strings';

/** The "Personas" section of a project: the gallery, or one persona's editor. */
export const personasSection: ProjectSection = {
  id: 'personas',
  label: PS.section,
  icon: <Icon name="persona" />,
  render: ({ itemId }) => (itemId ? <PersonaEditor key={itemId} personaId={itemId} /> : <PersonaGallery />),
};
