import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DomainException } from '../../common/errors/domain-exception';
import { renderError } from '../../common/errors/error-response';
import { CliCommand, EXIT, parseCommandArgs, UsageError } from '../command';

/**
 * Creates an account (judges, observers, organisers; nominators with an institution). The password comes from
 * stdin with --password-stdin; otherwise a random one is generated and printed once on stdout (never logged).
 */
export const usersCreateCommand: CliCommand = {
  name: 'users:create',
  description: 'Create a user (ORGANISER, JUDGE, OBSERVER, or NOMINATOR with --institution)',
  usage: 'users:create <email> --role <ROLE> --name <name> [--institution <id>] [--password-stdin] [--json]',
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        role: { type: 'string' },
        name: { type: 'string' },
        institution: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('give the email address');
    const generated = values['password-stdin'] ? null : `${randomBytes(12).toString('base64url')}-Aa1`;
    const password = generated ?? readFileSync(0, 'utf8').split(/\r?\n/)[0];
    const { plainToInstance } = await import('class-transformer');
    const { validate } = await import('class-validator');
    const { toFieldProblems } = await import('../../common/validation/validation-problems');
    const { CreateUserDto } = await import('../../users/dto/user.dto');
    const dto = plainToInstance(CreateUserDto, {
      email: positionals[0],
      name: values.name,
      role: values.role,
      password,
      ...(values.institution ? { institutionId: values.institution } : {}),
    });
    const problems = toFieldProblems(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
    if (problems.length > 0) {
      for (const p of problems) ctx.stderr.write(`users:create: ${p.message.en}\n`);
      return EXIT.USAGE;
    }
    const app = await ctx.app();
    const { UserAdminService } = await import('../../users/user-admin.service');
    try {
      const user = await app.get(UserAdminService).create(null, dto);
      if (values.json) ctx.stdout.write(`${JSON.stringify({ ...user, password: generated ?? undefined })}\n`);
      else {
        ctx.stdout.write(`Created ${user.role} ${user.email} (${user.id})\n`);
        if (generated) ctx.stdout.write(`Password (shown once): ${generated}\n`);
      }
      return EXIT.OK;
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      ctx.stderr.write(`users:create: ${renderError(error, 'en').message}\n`);
      return EXIT.FAILED;
    }
  },
};
