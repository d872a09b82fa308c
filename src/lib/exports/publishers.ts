/**
 * Spanish and French for the publishers only the exports charts cite (see src/lib/i18n/data-text.ts, where the shared
 * ones are): kept here so that the map's code does not carry them.
 */
import { table } from '../i18n/data-text.ts'

export const EXPORTS_PUBLISHERS = table([
  [
    'Global Affairs Canada, Report on Exports of Military Goods',
    'Asuntos Mundiales Canadá, informe sobre exportaciones de bienes militares',
    'Affaires mondiales Canada, Rapport sur les exportations de marchandises militaires',
  ],
  [
    'SIPRI Arms Transfers Database (Trade Register export, "Data generated: 12 Feb 2026")',
    'Base de datos de transferencias de armas del SIPRI (exportación del Trade Register, «Data generated: 12 Feb 2026»)',
    'Base de données du SIPRI sur les transferts d’armes (export du Trade Register, « Data generated: 12 Feb 2026 »)',
  ],
  [
    'The Canadian Press (via Alaska Highway News)',
    'The Canadian Press (vía Alaska Highway News)',
    'La Presse canadienne (via Alaska Highway News)',
  ],
  [
    'Amnistie internationale Canada francophone (communiqué reproduced by Alter Québec)',
    'Amnistie internationale Canada francophone (comunicado reproducido por Alter Québec)',
    'Amnistie internationale Canada francophone (communiqué repris par Alter Québec)',
  ],
])
