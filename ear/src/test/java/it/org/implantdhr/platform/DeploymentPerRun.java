package it.org.implantdhr.platform;

import java.util.function.Consumer;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.api.event.ManagerStarted;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.BeforeClass;

/**
 * Deploys the EAR once per test server and run instead of once per test class: Arquillian deploys
 * what each class declares, and redeploying the whole application 40 times cost most of the suite's
 * time (and memory: the server ran out of heap after 31 redeployments). Registered in
 * META-INF/services.
 *
 * <p>At Arquillian's start the run's deployment is taken from {@link ServerDeployment}; it is
 * deployed as soon as the test server has started and undeployed before it stops, and the test
 * server's setting is recorded ({@link TestServer}). Each class's own deployment and undeployment
 * are skipped, and each class sees the run's deployment as its own.
 */
public class DeploymentPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** The observer of Arquillian's events that does it. */
    public static class Deployer {

        private DeploymentScenario runScenario;

        @Inject @ClassScoped private InstanceProducer<DeploymentScenario> classScenario;

        @Inject private Event<DeploymentEvent> deploymentEvent;

        @Inject private Event<GenerateDeployment> generateDeployment;

        @Inject private Instance<ClassContext> classContext;

        public void describeTheRunsDeployment(@Observes(precedence = -100) ManagerStarted started) {
            inClassContext(
                    () -> {
                        generateDeployment.fire(
                                new GenerateDeployment(new TestClass(ServerDeployment.class)));
                        runScenario = classScenario.get();
                    });
        }

        public void deployOnceTheServerRuns(
                @Observes AfterStart started, ContainerRegistry registry) {
            Container container = containerOf(registry, started.getDeployableContainer());
            inClassContext(
                    () ->
                            forEachDeployment(
                                    d -> deploymentEvent.fire(new DeployDeployment(container, d))));
            TestServer.setUp();
        }

        public void undeployBeforeTheServerStops(
                @Observes BeforeStop stopping, ContainerRegistry registry) {
            Container container = containerOf(registry, stopping.getDeployableContainer());
            inClassContext(
                    () ->
                            forEachDeployment(
                                    d ->
                                            deploymentEvent.fire(
                                                    new UnDeployDeployment(container, d))));
        }

        public void skipTheClassDeployment(
                @Observes EventContext<DeployManagedDeployments> classDeployment) {
            // deployed once for the run: not proceeding skips the class's own deployment
        }

        public void skipTheClassUndeployment(
                @Observes EventContext<UnDeployManagedDeployments> classUndeployment) {
            // undeployed once for the run
        }

        public void giveEachClassTheRunsDeployment(
                @Observes EventContext<BeforeClass> beforeClass) {
            beforeClass.proceed();
            classScenario.set(runScenario);
        }

        private void forEachDeployment(Consumer<Deployment> action) {
            runScenario.deployments().forEach(action);
        }

        private void inClassContext(Runnable action) {
            classContext.get().activate(ServerDeployment.class);
            try {
                action.run();
            } finally {
                classContext.get().deactivate();
            }
        }

        private static Container containerOf(
                ContainerRegistry registry, DeployableContainer<?> deployable) {
            return registry.getContainers().stream()
                    .filter(c -> c.getDeployableContainer() == deployable)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No container for " + deployable));
        }
    }
}
