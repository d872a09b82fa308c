import { mountEmbed } from '../../../embed/mount.ts'

mountEmbed('exports', document.getElementById('app') as HTMLElement)
