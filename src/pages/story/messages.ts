/**
 * The story's own text. English is the reference; Spanish and French say the same, in our own words.
 * Every figure in this text is checked against the data by tests/unit/story.test.ts.
 */
import { defineMessages } from '../../lib/i18n/index.ts'

export const story = defineMessages(
  {
    kicker: 'Peru · Canada',
    headline: 'Peru’s deadly crackdown, and the Canadian armoured vehicles',
    dek: 'Security forces killed 49 civilians during the protests that followed President Pedro Castillo’s removal. Canada had sold Peru military goods worth CAD 81.4 million, including 32 armoured vehicles.',
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
    map2: 'Puno, on the shore of Lake Titicaca, had the most deaths: 29 in the Defensoría’s count, 18 of them civilians killed in Juliaca on 9 January 2023, when security forces fired on protesters and bystanders near the airport (one died three days later). Ayacucho followed with 10 people killed on 15 December 2022, when soldiers and police fired on protesters near the city’s airport; two of them died of their wounds in the following days.',
    map3: 'News media and UN agencies reported 14 more deaths that the Defensoría did not count, among them seven Haitian migrants stranded at blockades near the Bolivian border. The map shows them only if you choose to include them, and labels them as outside the official count.',
    timelineHeading: 'Six months of protest',
    timeline1:
      'The deaths came in two waves: in mid-December 2022, days after Castillo’s removal, and in January 2023, when the protests returned to the south and protesters travelled to Lima for the “Toma de Lima”. The last death the Defensoría counted was that of Rosalino Flórez, who died on 21 March 2023 of pellet wounds suffered in Cusco on 11 January. No new protest deaths were reported in April or May.',
    timeline2:
      'Human Rights Watch found that 39 of the 49 civilians died of gunshot wounds and 5 of shotgun pellets. The Inter-American Commission on Human Rights said the killings in Ayacucho could amount to extrajudicial executions and a massacre. Amnesty International’s early figure of “12 killed by firearms” was the number of cases its researchers had verified in February 2023, not a national total.',
    timelineHint: 'Drag the handles, or use the arrow keys, to choose a period: the map above follows.',
    exportsHeading: 'What Canada sold',
    exports1:
      'Canada’s published figures show only CAD 2.4 million in military exports to Peru from 2017 to 2021. If Amnesty’s total of CAD 81.4 million is right, the rest, CAD 79.0 million by our own calculation, falls in 2014–2016, the years the armoured vehicles were delivered. Canada has not published a Peru figure for those years that we could find.',
    exports2:
      'The 32 LAV II, built by General Dynamics Land Systems–Canada and sold through the Canadian Commercial Corporation, went to the marines of the Peruvian Navy. Amnesty values them at CAD 67 million; the manufacturer announced the contract in 2014 at USD 67 million, and a trade publication put it at USD 55 million.',
    exports3:
      'A new permit for military goods to Peru, worth up to CAD 960,000, became valid on 6 February 2023, during the crackdown. A permit is a ceiling, not a shipment, so it is not counted as an export. Global Affairs Canada would not say when it was approved.',
    exports4:
      'Canada joined the Arms Trade Treaty in September 2019. Its Article 7 bars an export when there is an overriding risk that the goods could be used to commit serious violations of human rights. Global Affairs Canada said it had raised concerns with Peru and that internal reports found no misuse of Canadian-made equipment. We found no evidence that Canada suspended any permit for Peru.',
    countsHeading: 'Who counted what',
    counts_intro:
      'Authorities counted different things at different dates. These are the figures this story uses, and what each one counts.',
    'count_defensoria-final-67':
      'Defensoría del Pueblo, final count: all deaths linked to the protests, 7 December 2022 to 21 March 2023',
    'count_defensoria-clash-49':
      'Defensoría del Pueblo: civilians killed in clashes with security forces (also used by HRW and Amnesty)',
    'count_iachr-56': 'Inter-American Commission on Human Rights: deaths to 23 January 2023, from Defensoría data',
    'count_ohchr-oct2023-50':
      'UN Human Rights Office: deaths allegedly at the hands of security forces, to 31 March 2023',
    'count_amnesty-lethal-racism-25':
      'Amnesty International, May 2023: deaths it documented itself in Ayacucho, Apurímac and Puno',
    'count_amnesty-sample-12':
      'Amnesty International, February 2023: firearm deaths it had verified by then, a sample, not a total',
    methodHeading: 'How we made this',
    method1:
      'The deaths are rebuilt person by person from the Defensoría del Pueblo’s published lists and totals, news reports and human-rights reports. The split by department is our reconstruction of the Defensoría’s running totals, which do not come with a final table by department. Where sources disagree on a name, an age, a date or a cause, the data keeps every version. The export figures come from Amnesty International and Peace Brigades International Canada, both citing Canadian government data; figures we calculated are labelled as such.',
    downloads: 'Download the data',
    download_deaths: 'Deaths, one row per person (CSV)',
    download_timeline: 'Timeline events (CSV)',
    download_exports: 'Canadian exports to Peru (CSV)',
    corrections: 'Corrections and updates',
    correctionsLanguage: 'The data team keeps its corrections log in English.',
    embedLink: 'Embed these graphics in your page',
    footerNote: 'Sources for every figure are in the data files and below each graphic.',
  },
  {
    kicker: 'Perú · Canadá',
    headline: 'La represión letal en el Perú y los blindados canadienses',
    dek: 'Las fuerzas de seguridad mataron a 49 civiles durante las protestas que siguieron a la destitución del presidente Pedro Castillo. Canadá había vendido al Perú bienes militares por 81.4 millones de dólares canadienses, entre ellos 32 vehículos blindados.',
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
    map2: 'Puno, a orillas del lago Titicaca, tuvo más muertes que ningún otro departamento: 29 según la Defensoría, 18 de ellas civiles muertos en Juliaca el 9 de enero de 2023, cuando las fuerzas de seguridad dispararon contra manifestantes y transeúntes cerca del aeropuerto (uno murió tres días después). Le sigue Ayacucho, con 10 personas muertas el 15 de diciembre de 2022, cuando soldados y policías dispararon contra manifestantes cerca del aeropuerto de la ciudad; dos de ellas murieron por sus heridas en los días siguientes.',
    map3: 'Medios de comunicación y agencias de la ONU informaron de otras 14 muertes que la Defensoría no contó, entre ellas las de siete migrantes haitianos varados en bloqueos cerca de la frontera con Bolivia. El mapa solo las muestra si usted decide incluirlas, e indica que están fuera del conteo oficial.',
    timelineHeading: 'Seis meses de protestas',
    timeline1:
      'Las muertes llegaron en dos oleadas: a mediados de diciembre de 2022, días después de la destitución de Castillo, y en enero de 2023, cuando las protestas volvieron al sur y manifestantes viajaron a Lima para la “Toma de Lima”. La última muerte que contó la Defensoría fue la de Rosalino Flórez, fallecido el 21 de marzo de 2023 por heridas de perdigones sufridas en Cusco el 11 de enero. No se informó de nuevas muertes en las protestas en abril ni en mayo.',
    timeline2:
      'Human Rights Watch determinó que 39 de los 49 civiles murieron por heridas de bala y 5 por perdigones. La Comisión Interamericana de Derechos Humanos señaló que las muertes de Ayacucho podrían constituir ejecuciones extrajudiciales y una masacre. La primera cifra de Amnistía Internacional, “12 muertos por armas de fuego”, era el número de casos que sus investigadores habían verificado en febrero de 2023, no un total nacional.',
    timelineHint:
      'Arrastre los controles, o use las flechas del teclado, para elegir un período: el mapa de arriba lo sigue.',
    exportsHeading: 'Lo que vendió Canadá',
    exports1:
      'Las cifras publicadas por Canadá muestran solo 2.4 millones de dólares canadienses en exportaciones militares al Perú entre 2017 y 2021. Si el total de 81.4 millones de Amnistía es correcto, el resto, 79.0 millones según nuestro propio cálculo, corresponde a 2014–2016, los años en que se entregaron los blindados. No encontramos una cifra publicada por Canadá para el Perú en esos años.',
    exports2:
      'Los 32 LAV II, fabricados por General Dynamics Land Systems–Canada y vendidos a través de la Canadian Commercial Corporation, fueron para la Infantería de Marina de la Marina de Guerra del Perú. Amnistía los valora en 67 millones de dólares canadienses; el fabricante anunció el contrato en 2014 por 67 millones de dólares estadounidenses, y una publicación especializada lo cifró en 55 millones de dólares estadounidenses.',
    exports3:
      'Un nuevo permiso de exportación de bienes militares al Perú, por hasta 960,000 dólares canadienses, entró en vigor el 6 de febrero de 2023, en plena represión. Un permiso es un tope, no un envío, por lo que no se cuenta como exportación. Global Affairs Canada no quiso decir cuándo lo aprobó.',
    exports4:
      'Canadá se adhirió al Tratado sobre el Comercio de Armas en septiembre de 2019. Su artículo 7 prohíbe una exportación cuando existe un riesgo preponderante de que los bienes se usen para cometer violaciones graves de los derechos humanos. Global Affairs Canada dijo que había expresado su preocupación al Perú y que informes internos no hallaron un mal uso de equipos de fabricación canadiense. No encontramos pruebas de que Canadá suspendiera algún permiso para el Perú.',
    countsHeading: 'Quién contó qué',
    counts_intro:
      'Cada autoridad contó cosas distintas en fechas distintas. Estas son las cifras que usa este reportaje y lo que cuenta cada una.',
    'count_defensoria-final-67':
      'Defensoría del Pueblo, conteo final: todas las muertes vinculadas a las protestas, del 7 de diciembre de 2022 al 21 de marzo de 2023',
    'count_defensoria-clash-49':
      'Defensoría del Pueblo: civiles muertos en enfrentamientos con las fuerzas de seguridad (cifra que también usan HRW y Amnistía)',
    'count_iachr-56':
      'Comisión Interamericana de Derechos Humanos: muertes hasta el 23 de enero de 2023, con datos de la Defensoría',
    'count_ohchr-oct2023-50':
      'Oficina de Derechos Humanos de la ONU: muertes presuntamente a manos de las fuerzas de seguridad, hasta el 31 de marzo de 2023',
    'count_amnesty-lethal-racism-25':
      'Amnistía Internacional, mayo de 2023: muertes que documentó por sí misma en Ayacucho, Apurímac y Puno',
    'count_amnesty-sample-12':
      'Amnistía Internacional, febrero de 2023: muertes por arma de fuego que había verificado hasta entonces; una muestra, no un total',
    methodHeading: 'Cómo lo hicimos',
    method1:
      'Las muertes se reconstruyen persona por persona a partir de las listas y los totales publicados por la Defensoría del Pueblo, de la prensa y de informes de derechos humanos. La distribución por departamento es nuestra reconstrucción de los totales sucesivos de la Defensoría, que no publicó una tabla final por departamento. Cuando las fuentes discrepan sobre un nombre, una edad, una fecha o una causa, los datos conservan todas las versiones. Las cifras de exportación provienen de Amnistía Internacional y de Brigadas Internacionales de Paz Canadá, que citan datos del gobierno canadiense; las cifras que calculamos nosotros están señaladas como tales.',
    downloads: 'Descargar los datos',
    download_deaths: 'Muertes, una fila por persona (CSV)',
    download_timeline: 'Hechos de la cronología (CSV)',
    download_exports: 'Exportaciones canadienses al Perú (CSV)',
    corrections: 'Correcciones y actualizaciones',
    correctionsLanguage: 'El registro de correcciones del equipo de datos se lleva en inglés.',
    embedLink: 'Inserte estos gráficos en su página',
    footerNote: 'Las fuentes de cada cifra están en los archivos de datos y debajo de cada gráfico.',
  },
  {
    kicker: 'Pérou · Canada',
    headline: 'La répression meurtrière au Pérou et les blindés canadiens',
    dek: 'Les forces de sécurité ont tué 49 civils pendant les manifestations qui ont suivi la destitution du président Pedro Castillo. Le Canada avait vendu au Pérou des biens militaires d’une valeur de 81,4 M$ CA, dont 32 véhicules blindés.',
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
    map2: 'Puno, au bord du lac Titicaca, compte le plus de morts\u00a0: 29 selon la Defensoría, dont 18 civils tués à Juliaca le 9 janvier 2023, quand les forces de sécurité ont tiré sur des manifestants et des passants près de l’aéroport (l’un d’eux est mort trois jours plus tard). Suit Ayacucho, avec 10 personnes tuées le 15 décembre 2022, quand des soldats et des policiers ont tiré sur des manifestants près de l’aéroport de la ville\u00a0; deux d’entre elles sont mortes de leurs blessures dans les jours suivants.',
    map3: 'Des médias et des agences de l’ONU ont signalé 14 autres décès que la Defensoría n’a pas comptés, dont ceux de sept migrants haïtiens bloqués par les barrages près de la frontière bolivienne. La carte ne les montre que si vous choisissez de les inclure, et indique qu’ils sont hors du décompte officiel.',
    timelineHeading: 'Six mois de contestation',
    timeline1:
      'Les décès sont survenus en deux vagues\u00a0: à la mi-décembre 2022, quelques jours après la destitution de Castillo, puis en janvier 2023, quand les manifestations ont repris dans le sud et que des manifestants se sont rendus à Lima pour la «\u00a0Toma de Lima\u00a0». Le dernier décès compté par la Defensoría est celui de Rosalino Flórez, mort le 21 mars 2023 de blessures par plombs subies à Cusco le 11 janvier. Aucun nouveau décès lié aux manifestations n’a été signalé en avril ou en mai.',
    timeline2:
      'Human Rights Watch a établi que 39 des 49 civils sont morts de blessures par balle et 5 de blessures par plombs. La Commission interaméricaine des droits de l’homme a estimé que les tueries d’Ayacucho pourraient constituer des exécutions extrajudiciaires et un massacre. Le premier chiffre d’Amnistie internationale, «\u00a012 personnes tuées par armes à feu\u00a0», correspondait aux cas que ses enquêteurs avaient vérifiés en février 2023, et non à un total national.',
    timelineHint:
      'Faites glisser les poignées, ou utilisez les flèches du clavier, pour choisir une période\u00a0: la carte ci-dessus suit.',
    exportsHeading: 'Ce que le Canada a vendu',
    exports1:
      'Les chiffres publiés par le Canada ne montrent que 2,4 M$ CA d’exportations militaires vers le Pérou de 2017 à 2021. Si le total de 81,4 M$ CA avancé par Amnistie est exact, le reste, 79,0 M$ CA selon notre propre calcul, se situe en 2014–2016, les années de livraison des blindés. Nous n’avons trouvé aucun chiffre publié par le Canada pour le Pérou pour ces années.',
    exports2:
      'Les 32 LAV II, construits par General Dynamics Land Systems–Canada et vendus par l’intermédiaire de la Corporation commerciale canadienne, ont été livrés à l’infanterie de marine péruvienne. Amnistie les évalue à 67 M$ CA\u00a0; le fabricant avait annoncé le contrat en 2014 à 67 millions de dollars américains, et une publication spécialisée l’a chiffré à 55 millions de dollars américains.',
    exports3:
      'Un nouveau permis d’exportation de biens militaires vers le Pérou, d’une valeur maximale de 960 000 $ CA, est entré en vigueur le 6 février 2023, en pleine répression. Un permis est un plafond, pas une livraison\u00a0: il n’est donc pas compté comme une exportation. Affaires mondiales Canada n’a pas voulu dire quand il avait été approuvé.',
    exports4:
      'Le Canada a adhéré au Traité sur le commerce des armes en septembre 2019. Son article 7 interdit une exportation lorsqu’il existe un risque prépondérant que les biens servent à commettre des violations graves des droits de la personne. Affaires mondiales Canada a dit avoir fait part de ses préoccupations au Pérou et que des rapports internes n’avaient relevé aucune utilisation abusive de matériel de fabrication canadienne. Nous n’avons trouvé aucune preuve que le Canada ait suspendu un permis pour le Pérou.',
    countsHeading: 'Qui a compté quoi',
    counts_intro:
      'Les autorités ont compté des choses différentes à des dates différentes. Voici les chiffres qu’utilise cet article et ce que chacun compte.',
    'count_defensoria-final-67':
      'Defensoría del Pueblo, décompte final\u00a0: tous les décès liés aux manifestations, du 7 décembre 2022 au 21 mars 2023',
    'count_defensoria-clash-49':
      'Defensoría del Pueblo\u00a0: civils tués lors d’affrontements avec les forces de sécurité (chiffre aussi utilisé par HRW et Amnistie)',
    'count_iachr-56':
      'Commission interaméricaine des droits de l’homme\u00a0: décès jusqu’au 23 janvier 2023, d’après les données de la Defensoría',
    'count_ohchr-oct2023-50':
      'Haut-Commissariat de l’ONU aux droits de l’homme\u00a0: décès imputés aux forces de sécurité, jusqu’au 31 mars 2023',
    'count_amnesty-lethal-racism-25':
      'Amnistie internationale, mai 2023\u00a0: décès qu’elle a documentés elle-même à Ayacucho, Apurímac et Puno',
    'count_amnesty-sample-12':
      'Amnistie internationale, février 2023\u00a0: décès par arme à feu vérifiés à cette date\u00a0; un échantillon, pas un total',
    methodHeading: 'Notre méthode',
    method1:
      'Les décès sont reconstitués personne par personne à partir des listes et des totaux publiés par la Defensoría del Pueblo, d’articles de presse et de rapports sur les droits de la personne. La répartition par département est notre reconstitution des totaux successifs de la Defensoría, qui n’a pas publié de tableau final par département. Quand les sources divergent sur un nom, un âge, une date ou une cause, les données gardent toutes les versions. Les chiffres d’exportation proviennent d’Amnistie internationale et des Brigades de paix internationales Canada, qui citent des données du gouvernement canadien\u00a0; les chiffres que nous avons calculés sont signalés comme tels.',
    downloads: 'Télécharger les données',
    download_deaths: 'Décès, une ligne par personne (CSV)',
    download_timeline: 'Événements de la chronologie (CSV)',
    download_exports: 'Exportations canadiennes vers le Pérou (CSV)',
    corrections: 'Corrections et mises à jour',
    correctionsLanguage: 'Le registre des corrections de l’équipe des données est tenu en anglais.',
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
