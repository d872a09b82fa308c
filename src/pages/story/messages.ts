/**
 * The story's own text. English is the reference; Spanish and French say the same, in our own words.
 * Every figure in this text is checked against the data by tests/unit/story.test.ts.
 */
import { defineMessages } from '../../lib/i18n/index.ts'

export const story = defineMessages(
  {
    kicker: 'Peru · Canada',
    headline: 'Peru’s deadly crackdown, and Canada’s military sales to Peru’s government',
    dek: 'During the protests that followed President Pedro Castillo’s removal, 49 civilians were killed in clashes with security forces, according to Peru’s Ombudsperson, the Defensoría del Pueblo. From 2014 to 2021, Canada exported CAD 81.4 million of military goods to Peru, including 32 armoured vehicles, according to Amnesty International.',
    byline: 'By the Graphics desk',
    updated: 'Data updated {date}',
    switchLanguage: 'Read in',
    themeLabel: 'Colours',
    lede1:
      'On 7 December 2022, President Pedro Castillo tried to dissolve Peru’s Congress. Within hours he had been removed from office and arrested, and Vice-President Dina Boluarte was sworn in. Protests spread across the south of the country, demanding her resignation and new elections. Over the next three and a half months, Peru’s Ombudsperson, the Defensoría del Pueblo, counted 67 deaths linked to the protests.',
    lede2:
      'In early May 2023, Amnesty International asked Canada to suspend its exports of military goods to Peru, citing the Arms Trade Treaty. Canada had exported CAD 81.4 million worth of military goods to Peru from 2014 to 2021, Amnesty said, citing government data, including 32 LAV II armoured vehicles built in London, Ontario.',
    mapHeading: 'Where people died',
    map1: 'The Defensoría’s count of 67 is made of 49 civilians killed in clashes with the police and the army, 11 people who died in road accidents or other incidents linked to the blockades, 1 police officer, and 6 soldiers who drowned crossing the Ilave river in Puno on 5 March 2023. The 49 is the figure Human Rights Watch and Amnesty International use.',
    map2: 'Puno, on the shore of Lake Titicaca, had the most deaths: 29 by our reconstruction of the Defensoría’s count, 18 of them civilians killed in Juliaca on 9 January 2023, when security forces fired on protesters and bystanders near the airport (one died three days later). Ayacucho followed: the Defensoría counted 10 people killed there on 15 December 2022, when soldiers and police fired on protesters near the city’s airport; two of them died of their wounds in the following days.',
    map3: 'News media and UN agencies reported 14 more deaths that the Defensoría did not count. Among them, the UN refugee and migration agencies (UNHCR and IOM) reported seven Haitian migrants who died stranded at blockades near the Bolivian border. The map shows them only if you choose to include them, and labels them as outside the official count.',
    timelineHeading: 'Six months of protest',
    timeline1:
      'The deaths came in two waves: in mid-December 2022, days after Castillo’s removal, and in January 2023, when the protests returned to the south and protesters travelled to Lima for a march they called the Toma de Lima, the taking of Lima. The last death the Defensoría counted was that of Rosalino Flórez, who died on 21 March 2023 of pellet wounds suffered in Cusco on 11 January. We found no report of a new protest death in April or May.',
    timeline2:
      'Human Rights Watch found that 39 of the 49 civilians died of gunshot wounds and 5 of shotgun pellets. The Inter-American Commission on Human Rights said the killings in Ayacucho could amount to extrajudicial executions and a massacre. In February 2023, Amnesty International said that it had “documented 12 cases of deaths from the use of firearms”: the cases its researchers had verified by then, not a national total.',
    timelineHint: 'Drag the handles, or use the arrow keys, to choose a period: the map above follows.',
    exportsHeading: 'What Canada sold',
    exports1:
      'Official figures compiled by Peace Brigades International Canada show CAD 2.4 million in Canadian military exports to Peru from 2017 to 2021. If Amnesty’s total of CAD 81.4 million is right, the rest, CAD 79.0 million by our own calculation, falls in 2014–2016; by the estimates of the Stockholm International Peace Research Institute (SIPRI), the armoured vehicles were delivered in 2015 and 2016. We could not read Canada’s Peru figures for 2014–2016 in its reports.',
    exports2:
      'The 32 LAV II, built by General Dynamics Land Systems–Canada and sold through the Canadian Commercial Corporation, went to the marines of the Peruvian Navy. Amnesty values them at CAD 67 million. The manufacturer announced the contract in 2014 at USD 67 million, according to its press release as the trade publication Naval Today reprinted it; another, Army Recognition, put it at USD 55 million.',
    exports3:
      'A new permit for military goods to Peru, worth up to CAD 960,000, became valid on 6 February 2023, during the crackdown, The Maple reported. A permit is a ceiling, not a shipment, so it is not counted as an export. Global Affairs Canada would not say when it was approved.',
    exports4:
      'Canada joined the Arms Trade Treaty in September 2019. Its Article 7 bars an export when, after measures to mitigate the risk are considered, there is an overriding risk that the goods could be used to commit or facilitate a serious violation of international human rights law or international humanitarian law. Global Affairs Canada told The Maple that it had raised concerns with Peru and that internal reports found no misuse of Canadian-made equipment. We found no evidence that Canada suspended any permit for Peru.',
    countsHeading: 'Who counted what',
    counts_intro:
      'Authorities counted different things at different dates. These are the figures this story uses, and what each one counts.',
    'count_defensoria-final-67':
      'Defensoría del Pueblo, final count: all deaths it linked to the protests, 7 December 2022 to 21 March 2023',
    'count_defensoria-clash-49':
      'Defensoría del Pueblo: civilians killed in clashes with security forces (also used by HRW and Amnesty)',
    'count_iachr-56':
      'Inter-American Commission on Human Rights, May 2023 report, as a press summary gives it: deaths, from Defensoría data (the figure matches the Defensoría’s total on 23 January 2023)',
    'count_ohchr-oct2023-50':
      'UN Human Rights Office: deaths allegedly at the hands of security forces, to 31 March 2023',
    'count_amnesty-lethal-racism-25':
      'Amnesty International, May 2023: deaths it documented itself in Ayacucho, Apurímac and Puno',
    'count_amnesty-sample-12':
      'Amnesty International, February 2023: firearm deaths it had verified by then, a sample, not a total',
    methodHeading: 'How we made this',
    method1:
      'The deaths are rebuilt person by person from the Defensoría del Pueblo’s published lists and totals, news reports and human-rights reports. The split by department is our reconstruction from the Defensoría’s running totals: we could not read a final table by department from the Defensoría. Of the two people who died at a blockade in Chao, La Libertad, on 18 January 2023, the Defensoría’s total counted one without our sources saying which: we count Julia Carhuapoma Patiña, 51, and not the newborn, as our research does; the data notes the doubt. Where sources disagree on a name, an age, a date or a cause, the data keeps every version. The export figures come from Amnesty International and Peace Brigades International Canada, both citing Canadian government data; figures we calculated are labelled as such.',
    downloads: 'Download the data',
    download_deaths: 'Deaths, one row per person (CSV)',
    download_timeline: 'Timeline events (CSV)',
    download_exports: 'Canadian exports to Peru (CSV)',
    corrections: 'Corrections and updates',
    correctionsLanguage:
      'An entry the data team did not translate is shown in English; ids, fields and values are shown as the data has them.',
    allCorrections: 'Every correction, with each change, since the first publication',
    backToStory: 'Back to the story',
    embedLink: 'Embed these graphics in your page',
    footerNote: 'Sources for every figure are in the data files and below each graphic.',
  },
  {
    kicker: 'Perú · Canadá',
    headline: 'La represión letal en el Perú y las ventas militares de Canadá al gobierno peruano',
    dek: 'Durante las protestas que siguieron a la destitución del presidente Pedro Castillo, 49 civiles murieron en enfrentamientos con las fuerzas de seguridad, según la Defensoría del Pueblo. Entre 2014 y 2021, Canadá exportó al Perú bienes militares por 81.4 millones de dólares canadienses, entre ellos 32 vehículos blindados, según Amnistía Internacional.',
    byline: 'Por el equipo de Gráficos',
    updated: 'Datos actualizados el {date}',
    switchLanguage: 'Leer en',
    themeLabel: 'Colores',
    lede1:
      'El 7 de diciembre de 2022, el presidente Pedro Castillo intentó disolver el Congreso del Perú. En pocas horas fue destituido y detenido, y la vicepresidenta Dina Boluarte juramentó el cargo. Las protestas se extendieron por el sur del país para exigir su renuncia y nuevas elecciones. En los tres meses y medio siguientes, la Defensoría del Pueblo contó 67 muertes vinculadas a las protestas.',
    lede2:
      'A inicios de mayo de 2023, Amnistía Internacional pidió a Canadá que suspendiera sus exportaciones de bienes militares al Perú, invocando el Tratado sobre el Comercio de Armas. Según Amnistía, que cita datos del gobierno, Canadá exportó al Perú bienes militares por 81.4 millones de dólares canadienses entre 2014 y 2021, entre ellos 32 vehículos blindados LAV II fabricados en London, Ontario.',
    mapHeading: 'Dónde murieron',
    map1: 'Las 67 muertes que contó la Defensoría son 49 civiles muertos en enfrentamientos con la policía y el ejército, 11 personas fallecidas en accidentes de tránsito u otros hechos vinculados a los bloqueos, 1 policía y 6 soldados que se ahogaron al cruzar el río Ilave, en Puno, el 5 de marzo de 2023. La cifra de 49 es la que usan Human Rights Watch y Amnistía Internacional.',
    map2: 'Puno, a orillas del lago Titicaca, tuvo más muertes que ningún otro departamento: 29 según nuestra reconstrucción del conteo de la Defensoría, 18 de ellas civiles muertos en Juliaca el 9 de enero de 2023, cuando las fuerzas de seguridad dispararon contra manifestantes y transeúntes cerca del aeropuerto (uno murió tres días después). Le sigue Ayacucho: la Defensoría contó 10 personas muertas allí el 15 de diciembre de 2022, cuando soldados y policías dispararon contra manifestantes cerca del aeropuerto de la ciudad; dos de ellas murieron por sus heridas en los días siguientes.',
    map3: 'Medios de comunicación y agencias de la ONU informaron de otras 14 muertes que la Defensoría no contó. Entre ellas, las agencias de la ONU para los refugiados y las migraciones (ACNUR y OIM) informaron de las de siete migrantes haitianos que murieron varados en bloqueos cerca de la frontera con Bolivia. El mapa solo las muestra si usted decide incluirlas, e indica que están fuera del conteo oficial.',
    timelineHeading: 'Seis meses de protestas',
    timeline1:
      'Las muertes llegaron en dos oleadas: a mediados de diciembre de 2022, días después de la destitución de Castillo, y en enero de 2023, cuando las protestas volvieron al sur y manifestantes viajaron a Lima para la movilización que llamaron Toma de Lima. La última muerte que contó la Defensoría fue la de Rosalino Flórez, fallecido el 21 de marzo de 2023 por heridas de perdigones sufridas en Cusco el 11 de enero. No encontramos informes de nuevas muertes en las protestas en abril ni en mayo.',
    timeline2:
      'Human Rights Watch determinó que 39 de los 49 civiles murieron por heridas de bala y 5 por perdigones. La Comisión Interamericana de Derechos Humanos señaló que las muertes de Ayacucho podrían constituir ejecuciones extrajudiciales y una masacre. En febrero de 2023, Amnistía Internacional dijo haber documentado 12 casos de muertes por el uso de armas de fuego: los casos que sus investigadores habían verificado hasta entonces, no un total nacional.',
    timelineHint:
      'Arrastre los controles, o use las flechas del teclado, para elegir un período: el mapa de arriba lo sigue.',
    exportsHeading: 'Lo que vendió Canadá',
    exports1:
      'Las cifras oficiales recopiladas por Brigadas Internacionales de Paz Canadá muestran 2.4 millones de dólares canadienses en exportaciones militares canadienses al Perú entre 2017 y 2021. Si el total de 81.4 millones de Amnistía es correcto, el resto, 79.0 millones según nuestro propio cálculo, corresponde a 2014–2016; según las estimaciones del Instituto Internacional de Estocolmo para la Investigación de la Paz (SIPRI), los blindados se entregaron en 2015 y 2016. No pudimos leer en los informes de Canadá sus cifras para el Perú de 2014–2016.',
    exports2:
      'Los 32 LAV II, fabricados por General Dynamics Land Systems–Canada y vendidos a través de la Canadian Commercial Corporation, fueron para la Infantería de Marina de la Marina de Guerra del Perú. Amnistía los valora en 67 millones de dólares canadienses. El fabricante anunció el contrato en 2014 por 67 millones de dólares estadounidenses, según su comunicado tal como lo reprodujo la publicación especializada Naval Today; otra, Army Recognition, lo cifró en 55 millones de dólares estadounidenses.',
    exports3:
      'Un nuevo permiso de exportación de bienes militares al Perú, por hasta 960,000 dólares canadienses, entró en vigor el 6 de febrero de 2023, en plena represión, según informó The Maple. Un permiso es un tope, no un envío, por lo que no se cuenta como exportación. Global Affairs Canada no quiso decir cuándo lo aprobó.',
    exports4:
      'Canadá se adhirió al Tratado sobre el Comercio de Armas en septiembre de 2019. Su artículo 7 prohíbe autorizar una exportación cuando, tras considerar las medidas para mitigar el riesgo, existe un riesgo preponderante de que los bienes se usen para cometer o facilitar una violación grave del derecho internacional de los derechos humanos o del derecho internacional humanitario. Global Affairs Canada dijo a The Maple que había expresado su preocupación al Perú y que informes internos no hallaron un mal uso de equipos de fabricación canadiense. No encontramos pruebas de que Canadá suspendiera algún permiso para el Perú.',
    countsHeading: 'Quién contó qué',
    counts_intro:
      'Cada autoridad contó cosas distintas en fechas distintas. Estas son las cifras que usa este reportaje y lo que cuenta cada una.',
    'count_defensoria-final-67':
      'Defensoría del Pueblo, conteo final: todas las muertes que vinculó a las protestas, del 7 de diciembre de 2022 al 21 de marzo de 2023',
    'count_defensoria-clash-49':
      'Defensoría del Pueblo: civiles muertos en enfrentamientos con las fuerzas de seguridad (cifra que también usan HRW y Amnistía)',
    'count_iachr-56':
      'Comisión Interamericana de Derechos Humanos, informe de mayo de 2023, según un resumen de prensa: muertes, con datos de la Defensoría (la cifra coincide con el total de la Defensoría al 23 de enero de 2023)',
    'count_ohchr-oct2023-50':
      'Oficina de Derechos Humanos de la ONU: muertes presuntamente a manos de las fuerzas de seguridad, hasta el 31 de marzo de 2023',
    'count_amnesty-lethal-racism-25':
      'Amnistía Internacional, mayo de 2023: muertes que documentó por sí misma en Ayacucho, Apurímac y Puno',
    'count_amnesty-sample-12':
      'Amnistía Internacional, febrero de 2023: muertes por arma de fuego que había verificado hasta entonces; una muestra, no un total',
    methodHeading: 'Cómo lo hicimos',
    method1:
      'Las muertes se reconstruyen persona por persona a partir de las listas y los totales publicados por la Defensoría del Pueblo, de la prensa y de informes de derechos humanos. La distribución por departamento es nuestra reconstrucción a partir de los totales sucesivos de la Defensoría: no pudimos leer una tabla final por departamento de la Defensoría. De las dos personas que murieron en un bloqueo en Chao (La Libertad) el 18 de enero de 2023, el total de la Defensoría contó una, sin que nuestras fuentes digan cuál: contamos a Julia Carhuapoma Patiña, de 51 años, y no al recién nacido, como hace nuestra investigación; los datos señalan la duda. Cuando las fuentes discrepan sobre un nombre, una edad, una fecha o una causa, los datos conservan todas las versiones. Las cifras de exportación provienen de Amnistía Internacional y de Brigadas Internacionales de Paz Canadá, que citan datos del gobierno canadiense; las cifras que calculamos nosotros están señaladas como tales.',
    downloads: 'Descargar los datos',
    download_deaths: 'Muertes, una fila por persona (CSV)',
    download_timeline: 'Hechos de la cronología (CSV)',
    download_exports: 'Exportaciones canadienses al Perú (CSV)',
    corrections: 'Correcciones y actualizaciones',
    correctionsLanguage:
      'Una entrada que el equipo de datos no tradujo se muestra en inglés; los identificadores, campos y valores se dan tal como figuran en los datos.',
    allCorrections: 'Todas las correcciones, con cada cambio, desde la primera publicación',
    backToStory: 'Volver a la historia',
    embedLink: 'Inserte estos gráficos en su página',
    footerNote: 'Las fuentes de cada cifra están en los archivos de datos y debajo de cada gráfico.',
  },
  {
    kicker: 'Pérou · Canada',
    headline: 'La répression meurtrière au Pérou et les ventes militaires du Canada au gouvernement péruvien',
    dek: 'Pendant les manifestations qui ont suivi la destitution du président Pedro Castillo, 49 civils ont été tués lors d’affrontements avec les forces de sécurité, selon la Defensoría del Pueblo, l’ombudsman du Pérou. De 2014 à 2021, le Canada a exporté au Pérou pour 81,4 M$ CA de biens militaires, dont 32 véhicules blindés, selon Amnistie internationale.',
    byline: 'Par l’équipe Graphiques',
    updated: 'Données mises à jour le {date}',
    switchLanguage: 'Lire en',
    themeLabel: 'Couleurs',
    lede1:
      'Le 7 décembre 2022, le président Pedro Castillo a tenté de dissoudre le Congrès péruvien. En quelques heures, il a été destitué et arrêté, et la vice-présidente Dina Boluarte a prêté serment. Les manifestations se sont étendues dans le sud du pays pour exiger sa démission et de nouvelles élections. Au cours des trois mois et demi suivants, la Defensoría del Pueblo, l’ombudsman du Pérou, a compté 67 décès liés aux manifestations.',
    lede2:
      'Début mai 2023, Amnistie internationale a demandé au Canada de suspendre ses exportations de biens militaires vers le Pérou, en invoquant le Traité sur le commerce des armes. Selon Amnistie, qui cite des données gouvernementales, le Canada a exporté au Pérou pour 81,4 M$ CA de biens militaires de 2014 à 2021, dont 32 véhicules blindés LAV II fabriqués à London, en Ontario.',
    mapHeading: 'Où des personnes sont mortes',
    map1: 'Les 67 décès comptés par la Defensoría se répartissent ainsi\u00a0: 49 civils tués lors d’affrontements avec la police et l’armée, 11 personnes mortes dans des accidents de la route ou d’autres incidents liés aux barrages, 1 policier et 6 soldats noyés en traversant la rivière Ilave, dans la région de Puno, le 5 mars 2023. Le chiffre de 49 est celui qu’utilisent Human Rights Watch et Amnistie internationale.',
    map2: 'Puno, au bord du lac Titicaca, compte le plus de morts\u00a0: 29 selon notre reconstitution du décompte de la Defensoría, dont 18 civils tués à Juliaca le 9 janvier 2023, quand les forces de sécurité ont tiré sur des manifestants et des passants près de l’aéroport (l’un d’eux est mort trois jours plus tard). Suit Ayacucho\u00a0: la Defensoría y a compté 10 personnes tuées le 15 décembre 2022, quand des soldats et des policiers ont tiré sur des manifestants près de l’aéroport de la ville\u00a0; deux d’entre elles sont mortes de leurs blessures dans les jours suivants.',
    map3: 'Des médias et des agences de l’ONU ont signalé 14 autres décès que la Defensoría n’a pas comptés. Parmi eux, les agences de l’ONU pour les réfugiés et les migrations (HCR et OIM) ont signalé ceux de sept migrants haïtiens morts alors qu’ils étaient bloqués par les barrages près de la frontière bolivienne. La carte ne les montre que si vous choisissez de les inclure, et indique qu’ils sont hors du décompte officiel.',
    timelineHeading: 'Six mois de contestation',
    timeline1:
      'Les décès sont survenus en deux vagues\u00a0: à la mi-décembre 2022, quelques jours après la destitution de Castillo, puis en janvier 2023, quand les manifestations ont repris dans le sud et que des manifestants se sont rendus à Lima pour la mobilisation qu’ils ont appelée Toma de Lima (la prise de Lima). Le dernier décès compté par la Defensoría est celui de Rosalino Flórez, mort le 21 mars 2023 de blessures par plombs subies à Cusco le 11 janvier. Nous n’avons trouvé aucun signalement d’un nouveau décès lié aux manifestations en avril ou en mai.',
    timeline2:
      'Human Rights Watch a établi que 39 des 49 civils sont morts de blessures par balle et 5 de blessures par plombs. La Commission interaméricaine des droits de l’homme a estimé que les tueries d’Ayacucho pourraient constituer des exécutions extrajudiciaires et un massacre. En février 2023, Amnistie internationale a dit avoir documenté 12 cas de décès dus à l’usage d’armes à feu\u00a0: les cas que ses enquêteurs avaient vérifiés à cette date, et non un total national.',
    timelineHint:
      'Faites glisser les poignées, ou utilisez les flèches du clavier, pour choisir une période\u00a0: la carte ci-dessus suit.',
    exportsHeading: 'Ce que le Canada a vendu',
    exports1:
      'Les chiffres officiels compilés par les Brigades de paix internationales Canada montrent 2,4 M$ CA d’exportations militaires canadiennes vers le Pérou de 2017 à 2021. Si le total de 81,4 M$ CA avancé par Amnistie est exact, le reste, 79,0 M$ CA selon notre propre calcul, se situe en 2014–2016\u00a0; selon les estimations de l’Institut international de recherche sur la paix de Stockholm (SIPRI), les blindés ont été livrés en 2015 et en 2016. Nous n’avons pas pu lire dans les rapports du Canada ses chiffres pour le Pérou de 2014–2016.',
    exports2:
      'Les 32 LAV II, construits par General Dynamics Land Systems–Canada et vendus par l’intermédiaire de la Corporation commerciale canadienne, ont été livrés à l’infanterie de marine péruvienne. Amnistie les évalue à 67 M$ CA. Le fabricant avait annoncé le contrat en 2014 à 67 millions de dollars américains, selon son communiqué tel que l’a reproduit la publication spécialisée Naval Today\u00a0; une autre, Army Recognition, l’a chiffré à 55 millions de dollars américains.',
    exports3:
      'Un nouveau permis d’exportation de biens militaires vers le Pérou, d’une valeur maximale de 960 000 $ CA, est entré en vigueur le 6 février 2023, en pleine répression, selon The Maple. Un permis est un plafond, pas une livraison\u00a0: il n’est donc pas compté comme une exportation. Affaires mondiales Canada n’a pas voulu dire quand il avait été approuvé.',
    exports4:
      'Le Canada a adhéré au Traité sur le commerce des armes en septembre 2019. Son article 7 interdit d’autoriser une exportation lorsque, après examen des mesures qui pourraient atténuer le risque, il existe un risque prépondérant que les biens servent à commettre ou à faciliter une violation grave du droit international des droits de l’homme ou du droit international humanitaire. Affaires mondiales Canada a dit à The Maple avoir fait part de ses préoccupations au Pérou et que des rapports internes n’avaient relevé aucune utilisation abusive de matériel de fabrication canadienne. Nous n’avons trouvé aucune preuve que le Canada ait suspendu un permis pour le Pérou.',
    countsHeading: 'Qui a compté quoi',
    counts_intro:
      'Les autorités ont compté des choses différentes à des dates différentes. Voici les chiffres qu’utilise cet article et ce que chacun compte.',
    'count_defensoria-final-67':
      'Defensoría del Pueblo, décompte final\u00a0: tous les décès qu’elle a liés aux manifestations, du 7 décembre 2022 au 21 mars 2023',
    'count_defensoria-clash-49':
      'Defensoría del Pueblo\u00a0: civils tués lors d’affrontements avec les forces de sécurité (chiffre aussi utilisé par HRW et Amnistie)',
    'count_iachr-56':
      'Commission interaméricaine des droits de l’homme, rapport de mai 2023, d’après un résumé de presse\u00a0: décès, selon les données de la Defensoría (le chiffre correspond au total de la Defensoría au 23 janvier 2023)',
    'count_ohchr-oct2023-50':
      'Haut-Commissariat de l’ONU aux droits de l’homme\u00a0: décès présumément imputables aux forces de sécurité, jusqu’au 31 mars 2023',
    'count_amnesty-lethal-racism-25':
      'Amnistie internationale, mai 2023\u00a0: décès qu’elle a documentés elle-même à Ayacucho, Apurímac et Puno',
    'count_amnesty-sample-12':
      'Amnistie internationale, février 2023\u00a0: décès par arme à feu vérifiés à cette date\u00a0; un échantillon, pas un total',
    methodHeading: 'Notre méthode',
    method1:
      'Les décès sont reconstitués personne par personne à partir des listes et des totaux publiés par la Defensoría del Pueblo, d’articles de presse et de rapports sur les droits de la personne. La répartition par département est notre reconstitution à partir des totaux successifs de la Defensoría\u00a0: nous n’avons pas pu lire de tableau final par département de la Defensoría. Des deux personnes mortes à un barrage à Chao (La Libertad) le 18 janvier 2023, le total de la Defensoría en a compté une, sans que nos sources disent laquelle\u00a0: nous comptons Julia Carhuapoma Patiña, 51 ans, et non le nouveau-né, comme le fait notre recherche\u00a0; les données signalent ce doute. Quand les sources divergent sur un nom, un âge, une date ou une cause, les données gardent toutes les versions. Les chiffres d’exportation proviennent d’Amnistie internationale et des Brigades de paix internationales Canada, qui citent des données du gouvernement canadien\u00a0; les chiffres que nous avons calculés sont signalés comme tels.',
    downloads: 'Télécharger les données',
    download_deaths: 'Décès, une ligne par personne (CSV)',
    download_timeline: 'Événements de la chronologie (CSV)',
    download_exports: 'Exportations canadiennes vers le Pérou (CSV)',
    corrections: 'Corrections et mises à jour',
    correctionsLanguage:
      'Une entrée que l’équipe des données n’a pas traduite est donnée en anglais\u00a0; identifiants, champs et valeurs sont donnés tels que les données les contiennent.',
    allCorrections: 'Toutes les corrections, avec chaque changement, depuis la première publication',
    backToStory: 'Retour à l’article',
    embedLink: 'Intégrer ces graphiques dans votre page',
    footerNote: 'Les sources de chaque chiffre se trouvent dans les fichiers de données et sous chaque graphique.',
  },
)

/** The authorities' totals the story lists, by id in protest-deaths' `totals`, in this order. */
export const COUNTED_TOTALS = [
  'defensoria-final-67',
  'defensoria-clash-49',
  'iachr-56',
  'ohchr-oct2023-50',
  'amnesty-lethal-racism-25',
  'amnesty-sample-12',
] as const

export type StoryKey = keyof typeof story.en

/**
 * The story's text, part by part, in the order the page shows it: Story.svelte renders each part from this list,
 * and tests/unit/attribution.test.ts reads every text in it, in every language. Text added to the page (a new
 * paragraph, a guided step) goes in a list here, so the check covers it.
 */
export const STORY_TEXT = {
  head: ['headline', 'dek'],
  lede: ['lede1', 'lede2'],
  map: ['map1', 'map2', 'map3'],
  timeline: ['timeline1', 'timeline2', 'timelineHint'],
  exports: ['exports1', 'exports2', 'exports3', 'exports4'],
  method: ['method1'],
} as const satisfies Record<string, readonly StoryKey[]>
