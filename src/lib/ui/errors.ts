/** Turns whatever failed into a localized, specific message for the error view. Never shows raw input. */
import { translate, type Lang } from '../i18n/index.ts'
import { common } from '../i18n/messages.ts'

/** The shape of the loaders' DataError, checked structurally so this module does not depend on the loaders. */
interface DataErrorLike {
  kind: string
  file: string
}

function isDataErrorLike(error: unknown): error is DataErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as DataErrorLike).kind === 'string' &&
    typeof (error as DataErrorLike).file === 'string'
  )
}

/** The file name alone (no host, no query), so nothing long or hostile is displayed. */
function shortFile(file: string): string {
  const name = file.split(/[?#]/)[0]?.split('/').filter(Boolean).slice(-2).join('/') ?? ''
  return /^[\w./-]{1,80}$/.test(name) ? name : 'data'
}

export function errorMessage(error: unknown, lang: Lang): string {
  if (isDataErrorLike(error)) {
    const file = shortFile(error.file)
    switch (error.kind) {
      case 'network':
      case 'http':
      case 'timeout':
        return translate(common, lang, 'errorNetwork')
      case 'version':
        return translate(common, lang, 'errorVersion', { file })
      case 'empty':
        return translate(common, lang, 'errorEmpty', { file })
      default:
        return translate(common, lang, 'errorData', { file })
    }
  }
  return translate(common, lang, 'errorUnknown')
}
