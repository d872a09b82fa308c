/**
 * Spanish and French for the data's free text that readers see: place descriptions (`place`), place names used as
 * labels (`place_key`) and source attributions (`publisher`). The data keeps English as its reference text, and its
 * schemas reject unknown fields, so translated fields in data/ would break the embeds already deployed. This table is
 * keyed by the exact English text instead; text that is not here (proper names, and any text a later data version
 * adds) is shown as the data has it. tests/unit/i18n-data-text.test.ts fails when the data has text that needs a
 * translation and has none here.
 */
import type { Lang } from './index.ts'

type Translation = Readonly<{ es: string; fr: string }>
export type Translations = ReadonlyMap<string, Translation>

/** Rows of [English, Spanish, French]. */
export function table(rows: readonly (readonly [string, string, string])[]): Translations {
  return new Map(rows.map(([en, es, fr]) => [en, { es, fr }]))
}

const PLACES = table([
  // place descriptions
  [
    'Andahuaylas (airport area, Huancabamba)',
    'Andahuaylas (zona del aeropuerto, Huancabamba)',
    'Andahuaylas (secteur de l’aéroport, Huancabamba)',
  ],
  [
    'Cerro Colorado, near the Ciudad Municipal police station',
    'Cerro Colorado, cerca de la comisaría de Ciudad Municipal',
    'Cerro Colorado, près du commissariat de Ciudad Municipal',
  ],
  [
    'Simbal, km 26 of the road to the highlands',
    'Simbal, km 26 de la carretera a la sierra',
    'Simbal, km 26 de la route vers les hautes terres',
  ],
  [
    'Panamericana Norte (Virú area; exact place not stated)',
    'Panamericana Norte (zona de Virú; lugar exacto no indicado)',
    'Panamericana Norte (secteur de Virú ; lieu exact non précisé)',
  ],
  ['not identified', 'no identificado', 'non identifié'],
  [
    'Ayacucho city, around the Alfredo Mendívil Duarte airport',
    'ciudad de Ayacucho, alrededores del aeropuerto Alfredo Mendívil Duarte',
    'ville d’Ayacucho, autour de l’aéroport Alfredo Mendívil Duarte',
  ],
  [
    'Huancavelica (the child died in transit to Lima, near Chincha, Ica)',
    'Huancavelica (la víctima, menor de edad, murió en el traslado a Lima, cerca de Chincha, Ica)',
    'Huancavelica (décès de l’enfant pendant son transfert vers Lima, près de Chincha, Ica)',
  ],
  ['Pichanaki, bridge area / Sangani', 'Pichanaki, zona del puente / Sangani', 'Pichanaki, secteur du pont / Sangani'],
  [
    'Juliaca, around the Inca Manco Cápac airport and city streets',
    'Juliaca, alrededores del aeropuerto Inca Manco Cápac y calles de la ciudad',
    'Juliaca, autour de l’aéroport Inca Manco Cápac et dans les rues de la ville',
  ],
  [
    'Molino, Juli district (Yunguyo–Puno road)',
    'Molino, distrito de Juli (carretera Yunguyo–Puno)',
    'Molino, district de Juli (route Yunguyo–Puno)',
  ],
  [
    'Cusco, Av. 28 de Julio, near the Velasco Astete airport',
    'Cusco, Av. 28 de Julio, cerca del aeropuerto Velasco Astete',
    'Cusco, av. 28 de Julio, près de l’aéroport Velasco Astete',
  ],
  ['Desaguadero (two) and Juli (one)', 'Desaguadero (dos) y Juli (uno)', 'Desaguadero (deux) et Juli (un)'],
  [
    'Cerro Colorado, Añashuayco bridge near the Rodríguez Ballón airport',
    'Cerro Colorado, puente Añashuayco, cerca del aeropuerto Rodríguez Ballón',
    'Cerro Colorado, pont Añashuayco, près de l’aéroport Rodríguez Ballón',
  ],
  ['Chao, near the Chao bridge', 'Chao, cerca del puente Chao', 'Chao, près du pont de Chao'],
  [
    'road between Santa Elena and Puerto Morín',
    'carretera entre Santa Elena y Puerto Morín',
    'route entre Santa Elena et Puerto Morín',
  ],
  [
    'Oropesa blockade; declared dead at the San Jerónimo health centre',
    'bloqueo de Oropesa; fallecimiento constatado en el centro de salud de San Jerónimo',
    'barrage d’Oropesa ; décès constaté au centre de santé de San Jerónimo',
  ],
  ['Av. Abancay, block 9', 'Av. Abancay, cuadra 9', 'av. Abancay, 9ᵉ pâté de maisons'],
  [
    'Aymaraes–Puquio road, Pampachiri–Quillcaccasa junction (also reported as Iscahuaca)',
    'carretera Aymaraes–Puquio, cruce Pampachiri–Quillcaccasa (también reportado como Iscahuaca)',
    'route Aymaraes–Puquio, carrefour Pampachiri–Quillcaccasa (aussi signalé comme Iscahuaca)',
  ],
  ['Ilave river (Anicho / Huancani)', 'río Ilave (Anicho / Huancani)', 'rivière Ilave (Anicho / Huancani)'],
  [
    'Av. España / Parque Neptuno; police custody',
    'Av. España / Parque Neptuno; bajo custodia policial',
    'av. España / parc Neptuno ; sous la garde de la police',
  ],
  // place keys (map labels, timeline lists)
  ['Panamericana Norte (Virú area)', 'Panamericana Norte (zona de Virú)', 'Panamericana Norte (secteur de Virú)'],
  ['Cusco (place not published)', 'Cusco (lugar no publicado)', 'Cusco (lieu non publié)'],
  ['San Martín (place not published)', 'San Martín (lugar no publicado)', 'San Martín (lieu non publié)'],
  [
    'Huancavelica (died in transit)',
    'Huancavelica (falleció en el traslado)',
    'Huancavelica (décès pendant le transfert)',
  ],
  ['Molino (Juli district)', 'Molino (distrito de Juli)', 'Molino (district de Juli)'],
  [
    'Santa Elena–Puerto Morín road (Virú)',
    'carretera Santa Elena–Puerto Morín (Virú)',
    'route Santa Elena–Puerto Morín (Virú)',
  ],
  [
    'Pampachiri–Quillcaccasa junction (Aymaraes)',
    'cruce Pampachiri–Quillcaccasa (Aymaraes)',
    'carrefour Pampachiri–Quillcaccasa (Aymaraes)',
  ],
])

const PUBLISHERS = table([
  // organisations with an official name in Spanish and French
  ['Amnesty International', 'Amnistía Internacional', 'Amnistie internationale'],
  ['Amnesty International Canada', 'Amnistía Internacional Canadá', 'Amnistie internationale Canada'],
  ['ACNUR / UNHCR and IOM', 'ACNUR y OIM', 'HCR et OIM'],
  ['IACHR / CIDH', 'CIDH', 'CIDH'],
  ['IACHR / OAS', 'CIDH / OEA', 'CIDH / OEA'],
  ['UN News', 'Noticias ONU', 'ONU Info'],
  ['UN OHCHR', 'ONU Derechos Humanos (ACNUDH)', 'ONU Droits de l’homme (HCDH)'],
  // where a copy came from (“X (Y copy)” is written by copyText below)
  [
    'Servindi (reproducing the Defensoría del Pueblo list of 24 Dec 2022)',
    'Servindi (reproduce la lista de la Defensoría del Pueblo del 24 de diciembre de 2022)',
    'Servindi (reprend la liste de la Defensoría del Pueblo du 24 décembre 2022)',
  ],
  [
    'Mar del Plata y Alrededores (mdpya, EFE copy)',
    'Mar del Plata y Alrededores (mdpya, copia de EFE)',
    'Mar del Plata y Alrededores (mdpya, reprise d’EFE)',
  ],
  [
    'ecoi.net (Amnesty statement)',
    'ecoi.net (comunicado de Amnistía Internacional)',
    'ecoi.net (déclaration d’Amnistie internationale)',
  ],
  ['Monterrio Noticias (aggregator)', 'Monterrio Noticias (agregador)', 'Monterrio Noticias (agrégateur)'],
])

/**
 * “HCH (EFE copy)”, the commonest note in the publishers: an outlet that republished another's piece. Split without a
 * regular expression, so that no text from the data can make it slow.
 */
function copyOf(text: string): { outlet: string; original: string } | null {
  const tail = ' copy)'
  if (!text.endsWith(tail)) return null
  const open = text.lastIndexOf(' (')
  const original = text.slice(open + 2, -tail.length)
  return open > 0 && original && !/[(),]/.test(original) ? { outlet: text.slice(0, open), original } : null
}

function copyText(lang: 'es' | 'fr', { outlet, original }: { outlet: string; original: string }): string {
  if (lang === 'es') return `${outlet} (copia de ${original})`
  return `${outlet} (reprise ${/^[aeiouéh]/i.test(original) ? 'd’' : 'de '}${original})`
}

/** A place description or place name from the data, in the reader's language where we have a translation. */
export function placeText(lang: Lang, text: string): string {
  return lang === 'en' ? text : (PLACES.get(text)?.[lang] ?? text)
}

/**
 * A source's publisher from the data, in the reader's language where we have a translation. Publishers only one
 * widget cites (the timeline's, the exports') are in that widget's own table (`own`), so the map does not ship them.
 */
export function publisherText(lang: Lang, text: string, own?: Translations): string {
  if (lang === 'en') return text
  const listed = own?.get(text) ?? PUBLISHERS.get(text)
  if (listed) return listed[lang]
  const copy = copyOf(text)
  return copy ? copyText(lang, copy) : text
}

/** The English texts the shared tables translate (for the coverage test, with the widgets' own). */
export function translatedTexts(kind: 'place' | 'publisher'): string[] {
  return [...(kind === 'place' ? PLACES : PUBLISHERS).keys()]
}
