/**
 * Spanish and French for the publishers only the timeline cites (see src/lib/i18n/data-text.ts, where the shared
 * ones are): kept here so that the map's code does not carry them.
 */
import { table } from '../i18n/data-text.ts'

export const TIMELINE_PUBLISHERS = table([
  ['House of Commons of Canada', 'Cámara de los Comunes de Canadá', 'Chambre des communes du Canada'],
  [
    'Alter Québec (Amnistie internationale communiqué)',
    'Alter Québec (comunicado de Amnistía Internacional)',
    'Alter Québec (communiqué d’Amnistie internationale)',
  ],
  [
    'openparliament.ca (House of Commons FAAE evidence)',
    'openparliament.ca (testimonios ante el comité FAAE de la Cámara de los Comunes)',
    'openparliament.ca (témoignages devant le comité FAAE de la Chambre des communes)',
  ],
  ['AP Noticias (Peru)', 'AP Noticias (Perú)', 'AP Noticias (Pérou)'],
])
