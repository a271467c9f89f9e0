/**
 * Kept for code written before menus were unified: the one menu is ui/Menu (it draws its list
 * in a portal, so it is never clipped by the map's nodes).
 */
export { Menu as PopupMenu } from '../../ui/Menu';
