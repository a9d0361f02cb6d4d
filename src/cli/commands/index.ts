import { CliCommand } from '../command';
import { auditVerifyCommand } from './audit-verify.command';
import { helpCommand } from './help.command';

/** Every CLI command. A new command is one file in this folder and one entry here. */
export const COMMANDS: readonly CliCommand[] = [helpCommand, auditVerifyCommand];
