package nl.kwaliteitsnetwerk.ledger.platform.eventstore;

import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Makes {@code @Aggregate(filterEventsByType = true)} take effect. Axon 4.13's Spring lookup of aggregates
 * passes the annotation's cache, repository and snapshot settings on to each aggregate's configuration, but
 * not this one; without it an aggregate asked for the id of a record of another type (a panel review's id
 * in a dialogue's address) loads that record's events, none of them its own creation event, and fails.
 * With it, such an id is unknown to the aggregate, answered exactly as an id never used.
 */
public class AggregateEventTypeFilter implements BeanPostProcessor, BeanFactoryAware {

    private ConfigurableListableBeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof SpringAggregateConfigurer<?> aggregate && declaresTheFilter(beanName)) {
            aggregate.setFilterEventsByType(true);
        }
        return bean;
    }

    /** The aggregate's class is the first argument of its configurer's definition, as Axon's lookup writes it. */
    private boolean declaresTheFilter(String beanName) {
        if (!beanFactory.containsBeanDefinition(beanName)) {
            return false;
        }
        ValueHolder type = beanFactory.getBeanDefinition(beanName).getConstructorArgumentValues()
                .getIndexedArgumentValue(0, null);
        if (type == null || !(type.getValue() instanceof Class<?> aggregateType)) {
            return false;
        }
        Aggregate aggregate = AnnotatedElementUtils.findMergedAnnotation(aggregateType, Aggregate.class);
        return aggregate != null && aggregate.filterEventsByType();
    }
}
