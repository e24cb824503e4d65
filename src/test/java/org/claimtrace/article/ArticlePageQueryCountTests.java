package org.claimtrace.article;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.claimtrace.claim.ClaimMother;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article page runs the same few SQL statements whether the article has 5 claims or
 * 60: counted by Hibernate (the article) and on the JDBC connection itself (every
 * statement, including the claims read with JdbcClient).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class ArticlePageQueryCountTests {

	/** Statements sent by the thread that serves the request (MockMvc runs on it). */
	static final AtomicInteger statements = new AtomicInteger();

	static volatile Thread counted;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theArticlePageRunsABoundedNumberOfStatementsWhateverTheNumberOfClaims() {
		ClaimMother mother = new ClaimMother(this.jdbc);
		long source = mother.source("Regional governor", "OFFICIAL_PERSON");
		long place = mother.place("Pokrovsk", "UA", "05", "CITY", 48.28, 37.18);
		long few = articleWithClaims(mother, "few", 5, source, place);
		long many = articleWithClaims(mother, "many", 60, source, place);

		Counts forFew = count(few, 5);
		Counts forMany = count(many, 60);

		assertThat(forMany).isEqualTo(forFew);
		assertThat(forFew.jdbc()).as("JDBC statements for one article page").isBetween(1, 6);
		assertThat(forFew.hibernate()).as("statements Hibernate prepared").isBetween(1L, 2L);
	}

	private long articleWithClaims(ClaimMother mother, String name, int claims, long source, long place) {
		StringBuilder body = new StringBuilder("Shelling report " + name + ".");
		for (int i = 1; i <= claims; i++) {
			body.append(" The governor said ").append(1000 + i).append(" homes were hit in Pokrovsk.");
		}
		long article = mother.article("Shelling " + name, "Example News", "2024-12-17", body.toString());
		for (int i = 1; i <= claims; i++) {
			mother.claim(article, "killed", String.valueOf(1000 + i), 1000 + i, null, "EXACT", "residents", source,
					place);
		}
		return article;
	}

	private Counts count(long articleId, int claims) {
		Statistics hibernate = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		hibernate.clear();
		statements.set(0);
		counted = Thread.currentThread();
		try {
			assertThat(this.mvc.get().uri("/articles/" + articleId)).hasStatusOk()
				.bodyText()
				.contains("id=\"claim-row-")
				.satisfies((html) -> assertThat(html.split("class=\"claim-row\"", -1)).hasSize(claims + 1));
		}
		finally {
			counted = null;
		}
		return new Counts(statements.get(), hibernate.getPrepareStatementCount());
	}

	record Counts(int jdbc, long hibernate) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource
							&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(dataSource).afterQuery((execution, queries) -> {
							if (Thread.currentThread() == counted) {
								statements.addAndGet(Math.max(1, execution.getBatchSize()));
							}
						}).build();
					}
					return bean;
				}
			};
		}

	}

}
