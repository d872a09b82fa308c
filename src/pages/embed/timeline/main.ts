import { mountEmbed } from '../../../embed/mount.ts'

mountEmbed('timeline', document.getElementById('app') as HTMLElement)
