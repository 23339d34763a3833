// @name Identity - debug audit - per hit and vendor, each identifier attached or stripped with the rule and reason
import { answerHttp, debugMode, identityData, linkedVisitor, tcLinkOld } from './setup.ts';

answerHttp(200);
debugMode();
linkedVisitor(tcLinkOld);

runCode(identityData);

assertApi('logToConsole').wasCalledWith('iom client: hit 1: CRM (4242) identifier ga_id attached by rule ga_id: all requirements hold (decision 2025-06-01)');
assertApi('logToConsole').wasCalledWith('iom client: hit 1: Analytics (4243) identifier crm_id stripped by rule crm_id: the decision (2025-06-01) predates the rule (valid from 2026-02-01)');
assertApi('logToConsole').wasCalledWith('iom client: hit 1: Recording (4244) identifier rec_id stripped by rule rec_id: the decision (2025-06-01) predates the rule (valid from 2026-02-01)');
assertApi('logToConsole').wasCalledWith('iom client: hit 1: INFOnline (730) identifier panel_id stripped by rule panel_id: no value in query crm_id');
