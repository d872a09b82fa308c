/** Types for the generated standalone validators (validators.generated.js). */
export interface ValidationError {
  instancePath: string
  keyword: string
  message?: string
  params: Record<string, unknown>
}

export interface GeneratedValidator {
  (data: unknown): boolean
  errors?: ValidationError[] | null
}

export const protestDeaths: GeneratedValidator
export const timeline: GeneratedValidator
export const armsExports: GeneratedValidator
export const peruDepartments: GeneratedValidator
