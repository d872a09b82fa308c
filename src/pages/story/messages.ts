/** The story's own text. English is the reference; Spanish and French say the same, in our own words. */
import { defineMessages } from '../../lib/i18n/index.ts'

export const story = defineMessages(
  {
    kicker: 'Peru · Canada',
    headline: 'Peru’s deadly crackdown, and the Canadian armoured vehicles',
    dek: 'Security forces killed 49 civilians during the protests that followed President Pedro Castillo’s removal. Canada had sold Peru military goods worth CAD 81.4 million, including 32 armoured vehicles.',
    mapHeading: 'Where people died',
    timelineHeading: 'Six months of protest',
    exportsHeading: 'What Canada sold',
  },
  {
    kicker: 'Perú · Canadá',
    headline: 'La represión letal en el Perú y los blindados canadienses',
    dek: 'Las fuerzas de seguridad mataron a 49 civiles durante las protestas que siguieron a la destitución del presidente Pedro Castillo. Canadá había vendido al Perú bienes militares por 81.4 millones de dólares canadienses, entre ellos 32 vehículos blindados.',
    mapHeading: 'Dónde murieron',
    timelineHeading: 'Seis meses de protestas',
    exportsHeading: 'Lo que vendió Canadá',
  },
  {
    kicker: 'Pérou · Canada',
    headline: 'La répression meurtrière au Pérou et les blindés canadiens',
    dek: 'Les forces de sécurité ont tué 49 civils pendant les manifestations qui ont suivi la destitution du président Pedro Castillo. Le Canada avait vendu au Pérou des biens militaires d’une valeur de 81,4 M$ CA, dont 32 véhicules blindés.',
    mapHeading: 'Où des personnes sont mortes',
    timelineHeading: 'Six mois de contestation',
    exportsHeading: 'Ce que le Canada a vendu',
  },
)
