import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import OfflineControl from '@site/src/components/OfflineControl';

/** The stock navbar item types, plus the offline copy's control (`type: 'custom-offline'`). */
export default { ...ComponentTypes, 'custom-offline': OfflineControl };
