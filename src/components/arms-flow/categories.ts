/**
 * SIPRI's armament categories in the reader's language, from the message catalogue (so a desk
 * can reword one with `strings`, like any message). A category SIPRI adds later, or a register's
 * own, keeps the data's name.
 */
import { msg } from '../../internal/i18n/msg.js';

export function categoryName(category: string): string | undefined {
  switch (category) {
    case 'Aircraft':
      return msg('Aircraft', { id: 'arms.category.aircraft' });
    case 'Air defence systems':
      return msg('Air defence systems', { id: 'arms.category.airDefence' });
    case 'Anti-submarine warfare weapons':
      return msg('Anti-submarine warfare weapons', { id: 'arms.category.asw' });
    case 'Armoured vehicles':
      return msg('Armoured vehicles', { id: 'arms.category.armour' });
    case 'Artillery':
      return msg('Artillery', { id: 'arms.category.artillery' });
    case 'Engines':
      return msg('Engines', { id: 'arms.category.engines' });
    case 'Missiles':
      return msg('Missiles', { id: 'arms.category.missiles' });
    case 'Naval weapons':
      return msg('Naval weapons', { id: 'arms.category.naval' });
    case 'Other':
      return msg('Other', { id: 'arms.category.other' });
    case 'Satellites':
      return msg('Satellites', { id: 'arms.category.satellites' });
    case 'Sensors':
      return msg('Sensors', { id: 'arms.category.sensors' });
    case 'Ships':
      return msg('Ships', { id: 'arms.category.ships' });
    default:
      return undefined;
  }
}
