import { mountEmbed } from '../../../embed/mount.ts'

mountEmbed('map', document.getElementById('app') as HTMLElement)
