/**
 * The guided story's text: for each step a heading, its text (at most about 60 words) and a sentence saying what
 * the graphic shows, which screen readers hear and which is the alternative text of the step's picture. English is
 * the reference; Spanish and French say the same in our own words. Every figure here is recomputed from the data by
 * tests/unit/steps.test.ts, and every total names its source in its sentence (tests/unit/attribution.test.ts).
 */
import { defineMessages } from '../i18n/index.ts'

export const stepMessages = defineMessages(
  {
    title: 'Peru’s crackdown and Canada’s military exports, step by step',
    stepOf: 'Step {step} of {count}',
    previous: 'Previous',
    next: 'Next',
    steps: 'Steps of the story',
    readStory: 'Read the whole story',
    castillo_heading: '7 December 2022: Castillo is removed',
    castillo_text:
      'On 7 December 2022, President Pedro Castillo tried to dissolve Peru’s Congress. Within hours he had been removed from office and arrested, and Vice-President Dina Boluarte was sworn in. Protests demanding her resignation and new elections spread across the south of the country.',
    castillo_graphic: 'The map shows 7 December 2022, the day Castillo was removed: no death yet.',
    ayacucho_heading: '15 December 2022: Ayacucho',
    ayacucho_text:
      'Soldiers and police guarding Ayacucho’s airport fired on protesters. The Defensoría del Pueblo counted 10 people killed there on 15 December; two of them died of their wounds in the following days. The Inter-American Commission on Human Rights said the killings could amount to extrajudicial executions and a massacre.',
    ayacucho_graphic: 'The map picks out Ayacucho and shows the deaths from 15 to 21 December 2022.',
    juliaca_heading: '9 January 2023: Juliaca',
    juliaca_text:
      'In Juliaca, in Puno, security forces fired on protesters and bystanders near the airport on 9 January 2023. By our count of the records, 18 civilians were killed; one of them died three days later. That night a crowd attacked a patrol car and killed a police officer, José Luis Soncco Quispe.',
    juliaca_graphic: 'The map picks out Puno and shows the deaths from 9 to 12 January 2023.',
    lima_heading: 'January 2023: Lima',
    lima_text:
      'In January the protests returned, and thousands travelled to Lima for a march they called the Toma de Lima, the taking of Lima, on 19 January. On 28 January, Víctor Raúl Santisteban Yacsavilca, 55, died of a head injury in central Lima: the only death in the capital that the Defensoría counted.',
    lima_graphic: 'The map shows the deaths of January 2023 and picks out Lima.',
    ilave_heading: '5 March 2023: the Ilave river',
    ilave_text:
      'Six soldiers drowned in the Ilave river, in Puno, on 5 March 2023, after residents turned back their patrol. Survivors said an officer ordered them to cross; the army said protesters had cornered the patrol. The Defensoría counted the six among the deaths linked to the protests.',
    ilave_graphic: 'The map shows only soldiers’ deaths, in Puno, on 5 March 2023.',
    count_heading: 'Who counted what',
    count_text:
      'The Defensoría del Pueblo counted 67 deaths linked to the protests: 49 civilians killed in clashes with the police and the army, 11 people who died in road accidents or other incidents linked to the blockades, 1 police officer and 6 soldiers. Human Rights Watch and Amnesty International use the 49.',
    count_graphic: 'The map shows every death the Defensoría counted, by department, over the whole period.',
    others_heading: 'Deaths outside the official count',
    others_text:
      'News media and UN agencies reported 14 more deaths that the Defensoría did not count. Among them, the UN refugee and migration agencies, UNHCR and IOM, reported 7 Haitian migrants who died stranded at blockades near the Bolivian border. The map shows them apart from the official count.',
    others_graphic: 'The map adds the deaths outside the official count, drawn apart from the Defensoría’s.',
    lav_heading: 'Amnesty’s CAD 81.4 million',
    lav_text:
      'From 2014 to 2021, Canada exported CAD 81.4 million of military goods to Peru, Amnesty International said, citing government data. Amnesty values the 32 LAV II armoured vehicles among them, built in London, Ontario, for the marines of the Peruvian Navy, at CAD 67 million.',
    lav_graphic: 'The chart compares the LAV II contract with Amnesty’s total for 2014 to 2021.',
    official_heading: 'What Canada’s reports show',
    official_text:
      'Canada’s yearly reports show much less: CAD 2.4 million of military exports to Peru from 2017 to 2021, in figures compiled by Peace Brigades International Canada. We could not read Canada’s Peru figures for 2014 to 2016, when, by SIPRI’s estimates, the armoured vehicles were delivered.',
    official_graphic: 'The chart shows Canada’s reported military exports to Peru, year by year.',
    permit_heading: 'February and May 2023',
    permit_text:
      'A new permit for military goods to Peru, worth up to CAD 960,000, became valid on 6 February 2023, during the crackdown, The Maple reported. On 3 May, Amnesty International asked Canada to suspend its exports of military goods to Peru, citing the Arms Trade Treaty. We found no evidence that Canada suspended any permit.',
    permit_graphic: 'The chart picks out the 2023 permit, a ceiling rather than a shipment.',
  },
  {
    title: 'La represión en el Perú y las exportaciones militares de Canadá, paso a paso',
    stepOf: 'Paso {step} de {count}',
    previous: 'Anterior',
    next: 'Siguiente',
    steps: 'Pasos de la historia',
    readStory: 'Leer la historia completa',
    castillo_heading: '7 de diciembre de 2022: Castillo es destituido',
    castillo_text:
      'El 7 de diciembre de 2022, el presidente Pedro Castillo intentó disolver el Congreso del Perú. En pocas horas fue destituido y detenido, y la vicepresidenta Dina Boluarte juramentó el cargo. Las protestas que exigían su renuncia y nuevas elecciones se extendieron por el sur del país.',
    castillo_graphic:
      'El mapa muestra el 7 de diciembre de 2022, el día en que Castillo fue destituido: aún sin muertes.',
    ayacucho_heading: '15 de diciembre de 2022: Ayacucho',
    ayacucho_text:
      'Soldados y policías que custodiaban el aeropuerto de Ayacucho dispararon contra los manifestantes. La Defensoría del Pueblo contó 10 personas muertas allí el 15 de diciembre; dos de ellas murieron por sus heridas en los días siguientes. La Comisión Interamericana de Derechos Humanos dijo que esas muertes podrían constituir ejecuciones extrajudiciales y una masacre.',
    ayacucho_graphic: 'El mapa destaca Ayacucho y muestra las muertes del 15 al 21 de diciembre de 2022.',
    juliaca_heading: '9 de enero de 2023: Juliaca',
    juliaca_text:
      'En Juliaca, en Puno, las fuerzas de seguridad dispararon contra manifestantes y transeúntes cerca del aeropuerto el 9 de enero de 2023. Según nuestro recuento de los registros, 18 civiles murieron; uno de ellos, tres días después. Esa noche, una multitud atacó un patrullero y mató a un policía, José Luis Soncco Quispe.',
    juliaca_graphic: 'El mapa destaca Puno y muestra las muertes del 9 al 12 de enero de 2023.',
    lima_heading: 'Enero de 2023: Lima',
    lima_text:
      'En enero las protestas volvieron, y miles de personas viajaron a Lima para una marcha que llamaron la Toma de Lima, el 19 de enero. El 28 de enero, Víctor Raúl Santisteban Yacsavilca, de 55 años, murió por un traumatismo en la cabeza en el centro de Lima: la única muerte en la capital que contó la Defensoría.',
    lima_graphic: 'El mapa muestra las muertes de enero de 2023 y destaca Lima.',
    ilave_heading: '5 de marzo de 2023: el río Ilave',
    ilave_text:
      'Seis soldados se ahogaron en el río Ilave, en Puno, el 5 de marzo de 2023, después de que los pobladores hicieran retroceder a su patrulla. Los sobrevivientes dijeron que un oficial les ordenó cruzar; el ejército dijo que los manifestantes habían acorralado a la patrulla. La Defensoría contó a los seis entre las muertes vinculadas a las protestas.',
    ilave_graphic: 'El mapa muestra solo las muertes de soldados, en Puno, el 5 de marzo de 2023.',
    count_heading: 'Quién contó qué',
    count_text:
      'La Defensoría del Pueblo contó 67 muertes vinculadas a las protestas: 49 civiles muertos en enfrentamientos con la policía y el ejército, 11 personas fallecidas en accidentes de tránsito u otros hechos vinculados a los bloqueos, 1 policía y 6 soldados. Human Rights Watch y Amnistía Internacional usan la cifra de 49.',
    count_graphic: 'El mapa muestra cada muerte que contó la Defensoría, por departamento, en todo el periodo.',
    others_heading: 'Muertes fuera del recuento oficial',
    others_text:
      'Medios de prensa y agencias de la ONU informaron de 14 muertes más que la Defensoría no contó. Entre ellas, las agencias de la ONU para los refugiados y las migraciones, ACNUR y OIM, informaron de 7 migrantes haitianos que murieron varados en bloqueos cerca de la frontera con Bolivia. El mapa las muestra aparte del recuento oficial.',
    others_graphic: 'El mapa añade las muertes fuera del recuento oficial, dibujadas aparte de las de la Defensoría.',
    lav_heading: 'Los 81.4 millones de dólares canadienses de Amnistía',
    lav_text:
      'Entre 2014 y 2021, Canadá exportó al Perú bienes militares por 81.4 millones de dólares canadienses, según Amnistía Internacional, que cita datos del gobierno. Amnistía valora en 67 millones de dólares canadienses los 32 vehículos blindados LAV II incluidos, fabricados en London, Ontario, para la infantería de marina de la Marina de Guerra del Perú.',
    lav_graphic: 'El gráfico compara el contrato de los LAV II con el total de Amnistía para 2014 a 2021.',
    official_heading: 'Lo que muestran los informes de Canadá',
    official_text:
      'Los informes anuales de Canadá muestran mucho menos: 2.4 millones de dólares canadienses en exportaciones militares al Perú entre 2017 y 2021, según cifras recopiladas por Brigadas Internacionales de Paz Canadá. No pudimos leer las cifras de Canadá para el Perú de 2014 a 2016, cuando, según estimaciones del SIPRI, se entregaron los vehículos blindados.',
    official_graphic: 'El gráfico muestra las exportaciones militares de Canadá al Perú declaradas, año por año.',
    permit_heading: 'Febrero y mayo de 2023',
    permit_text:
      'Un nuevo permiso para bienes militares destinados al Perú, por hasta 960,000 dólares canadienses, entró en vigor el 6 de febrero de 2023, en plena represión, informó The Maple. El 3 de mayo, Amnistía Internacional pidió a Canadá que suspendiera sus exportaciones de bienes militares al Perú, invocando el Tratado sobre el Comercio de Armas. No encontramos pruebas de que Canadá suspendiera algún permiso.',
    permit_graphic: 'El gráfico destaca el permiso de 2023, un tope y no un envío.',
  },
  {
    title: 'La répression au Pérou et les exportations militaires du Canada, étape par étape',
    stepOf: 'Étape {step} sur {count}',
    previous: 'Précédent',
    next: 'Suivant',
    steps: 'Étapes du récit',
    readStory: 'Lire tout le récit',
    castillo_heading: '7 décembre 2022\u00a0: Castillo est destitué',
    castillo_text:
      'Le 7 décembre 2022, le président Pedro Castillo a tenté de dissoudre le Congrès du Pérou. En quelques heures, il a été destitué et arrêté, et la vice-présidente Dina Boluarte a prêté serment. Les manifestations réclamant sa démission et de nouvelles élections se sont étendues dans le sud du pays.',
    castillo_graphic:
      'La carte montre le 7 décembre 2022, jour de la destitution de Castillo\u00a0: aucun mort encore.',
    ayacucho_heading: '15 décembre 2022\u00a0: Ayacucho',
    ayacucho_text:
      'Des soldats et des policiers qui gardaient l’aéroport d’Ayacucho ont tiré sur des manifestants. La Defensoría del Pueblo a compté 10 personnes tuées là le 15 décembre\u00a0; deux d’entre elles sont mortes de leurs blessures dans les jours suivants. La Commission interaméricaine des droits de l’homme a dit que ces morts pourraient constituer des exécutions extrajudiciaires et un massacre.',
    ayacucho_graphic: 'La carte met en évidence Ayacucho et montre les morts du 15 au 21 décembre 2022.',
    juliaca_heading: '9 janvier 2023\u00a0: Juliaca',
    juliaca_text:
      'À Juliaca, dans la région de Puno, les forces de sécurité ont tiré sur des manifestants et des passants près de l’aéroport le 9 janvier 2023. Selon notre décompte des fiches, 18 civils ont été tués\u00a0; l’un d’eux est mort trois jours plus tard. Cette nuit-là, une foule a attaqué une voiture de patrouille et tué un policier, José Luis Soncco Quispe.',
    juliaca_graphic: 'La carte met en évidence Puno et montre les morts du 9 au 12 janvier 2023.',
    lima_heading: 'Janvier 2023\u00a0: Lima',
    lima_text:
      'En janvier, les manifestations ont repris, et des milliers de personnes se sont rendues à Lima pour une marche appelée la Toma de Lima, la prise de Lima, le 19 janvier. Le 28 janvier, Víctor Raúl Santisteban Yacsavilca, 55 ans, est mort d’un traumatisme crânien dans le centre de Lima\u00a0: le seul mort dans la capitale compté par la Defensoría.',
    lima_graphic: 'La carte montre les morts de janvier 2023 et met en évidence Lima.',
    ilave_heading: '5 mars 2023\u00a0: la rivière Ilave',
    ilave_text:
      'Six soldats se sont noyés dans la rivière Ilave, dans la région de Puno, le 5 mars 2023, après que des habitants ont fait reculer leur patrouille. Des survivants ont dit qu’un officier leur avait ordonné de traverser\u00a0; l’armée a dit que des manifestants avaient acculé la patrouille. La Defensoría a compté les six parmi les morts liés aux manifestations.',
    ilave_graphic: 'La carte ne montre que les morts de soldats, dans la région de Puno, le 5 mars 2023.',
    count_heading: 'Qui a compté quoi',
    count_text:
      'La Defensoría del Pueblo a compté 67 morts liés aux manifestations\u00a0: 49 civils tués lors d’affrontements avec la police et l’armée, 11 personnes mortes dans des accidents de la route ou d’autres incidents liés aux blocages, 1 policier et 6 soldats. Human Rights Watch et Amnistie internationale retiennent le chiffre de 49.',
    count_graphic: 'La carte montre chaque mort compté par la Defensoría, par département, sur toute la période.',
    others_heading: 'Les morts hors du décompte officiel',
    others_text:
      'Des médias et des agences de l’ONU ont signalé 14 autres morts que la Defensoría n’a pas comptés. Parmi eux, les agences de l’ONU pour les réfugiés et les migrations, le HCR et l’OIM, ont signalé 7 migrants haïtiens morts bloqués aux barrages près de la frontière bolivienne. La carte les montre à part du décompte officiel.',
    others_graphic: 'La carte ajoute les morts hors du décompte officiel, dessinés à part de ceux de la Defensoría.',
    lav_heading: 'Les 81,4\u00a0M$\u00a0CA d’Amnistie',
    lav_text:
      'De 2014 à 2021, le Canada a exporté pour 81,4\u00a0M$\u00a0CA de biens militaires vers le Pérou, selon Amnistie internationale, qui cite des données du gouvernement. Amnistie évalue à 67\u00a0M$\u00a0CA les 32 véhicules blindés LAV II compris, construits à London, en Ontario, pour l’infanterie de marine péruvienne.',
    lav_graphic: 'Le graphique compare le contrat des LAV II au total d’Amnistie pour 2014 à 2021.',
    official_heading: 'Ce que montrent les rapports du Canada',
    official_text:
      'Les rapports annuels du Canada montrent beaucoup moins\u00a0: 2,4\u00a0M$\u00a0CA d’exportations militaires vers le Pérou de 2017 à 2021, selon les chiffres compilés par les Brigades de paix internationales Canada. Nous n’avons pas pu lire les chiffres du Canada pour le Pérou de 2014 à 2016, années où, selon les estimations du SIPRI, les blindés ont été livrés.',
    official_graphic:
      'Le graphique montre les exportations militaires déclarées du Canada vers le Pérou, année par année.',
    permit_heading: 'Février et mai 2023',
    permit_text:
      'Une nouvelle licence de biens militaires pour le Pérou, d’une valeur maximale de 960 000\u00a0$\u00a0CA, est entrée en vigueur le 6 février 2023, en pleine répression, a rapporté The Maple. Le 3 mai, Amnistie internationale a demandé au Canada de suspendre ses exportations de biens militaires vers le Pérou, en invoquant le Traité sur le commerce des armes. Nous n’avons trouvé aucune preuve que le Canada ait suspendu une licence.',
    permit_graphic: 'Le graphique met en évidence la licence de 2023, un plafond et non une livraison.',
  },
)

export type StepMessageKey = keyof typeof stepMessages.en
