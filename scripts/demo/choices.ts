/** The consent choices the demo walks through, as a CMP would record them (TC strings by @iabtechlabtcf/core). */
import { ANALYTICS_VENDOR_ID, CRM_VENDOR_ID, RECORDING_VENDOR_ID, type TcChoice } from '../sgtm/tc-strings.ts';

export interface DemoChoice {
  title: string;
  tc: TcChoice;
}

export const DEMO_CHOICES: readonly DemoChoice[] = [
  { title: 'Accept all', tc: { purposeConsents: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], vendorConsents: [730, 785, CRM_VENDOR_ID, ANALYTICS_VENDOR_ID, RECORDING_VENDOR_ID] } },
  { title: 'Reject all', tc: { purposeConsents: [], vendorConsents: [] } },
  { title: 'Measurement only (purposes 1, 8; INFOnline)', tc: { purposeConsents: [1, 8], vendorConsents: [730] } },
  { title: 'Statistics, no session recording (purposes 1, 7, 8, 9; all but the recording tool)', tc: { purposeConsents: [1, 7, 8, 9], vendorConsents: [730, 785, CRM_VENDOR_ID, ANALYTICS_VENDOR_ID] } },
];
