import { CliCommand } from '../command';
import { auditVerifyCommand } from './audit-verify.command';
import { bundleExportCommand } from './bundle-export.command';
import { bundleImportCommand } from './bundle-import.command';
import { bundleSchemaCommand } from './bundle-schema.command';
import { dbBackupCommand } from './db-backup.command';
import { dbRestoreCommand } from './db-restore.command';
import { helpCommand } from './help.command';
import { resultsComputeCommand } from './results-compute.command';
import { resultsVerifyCommand } from './results-verify.command';
import { retentionApplyCommand } from './retention-apply.command';
import { usersCreateCommand } from './users-create.command';

/** Every CLI command. A new command is one file in this folder and one entry here. */
export const COMMANDS: readonly CliCommand[] = [
  helpCommand,
  auditVerifyCommand,
  bundleExportCommand,
  bundleImportCommand,
  bundleSchemaCommand,
  dbBackupCommand,
  dbRestoreCommand,
  resultsComputeCommand,
  resultsVerifyCommand,
  retentionApplyCommand,
  usersCreateCommand,
];
