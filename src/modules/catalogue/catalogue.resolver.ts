import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Role } from '../../common/auth/roles';
import { SelfEvaluationCatalogue, SelfEvaluationComponent, SelfEvaluationProcess } from '../inputs/self-evaluation.entity';
import { SelfEvaluationCatalogueInput } from './catalogue.inputs';
import * as service from './catalogue.service';

/** The self-evaluation catalogue (Guía 34 and later versions): read by everyone signed in, loaded by administrators. */
@Resolver(() => SelfEvaluationCatalogue)
export class CatalogueResolver {
  @Authorized()
  @Query(() => [SelfEvaluationCatalogue], { description: 'Versions of the self-evaluation catalogue (Guía 34 and later).' })
  selfEvaluationCatalogues(@Ctx() ctx: Context) {
    return service.listCatalogues(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SelfEvaluationCatalogue, {
    description: 'Loads a new version of the self-evaluation catalogue (administrators), e.g. the 2026 Ruta de Mejoramiento Institucional.',
  })
  loadSelfEvaluationCatalogue(@Arg('input') input: SelfEvaluationCatalogueInput, @Ctx() ctx: Context) {
    return service.loadCatalogue(ctx, input);
  }

  @FieldResolver(() => [SelfEvaluationProcess], { description: 'Processes (procesos), in order.' })
  processes(@Root() c: SelfEvaluationCatalogue, @Ctx() ctx: Context) {
    return service.catalogueProcesses(ctx, c.version);
  }

  @FieldResolver(() => [SelfEvaluationComponent], { description: 'Components (componentes), in order.' })
  components(@Root() c: SelfEvaluationCatalogue, @Ctx() ctx: Context) {
    return service.catalogueComponents(ctx, c.version);
  }
}
