package org.claimtrace.location;

import java.util.List;
import java.util.Optional;

import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebSliceTest(PlaceApiController.class)
class PlaceApiControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PlaceDirectory places;

	@Test
	void searchesTheGazetteerByNameWithALimit() {
		PlaceDirectory.PlaceDetails kursk = new PlaceDirectory.PlaceDetails(4L, "Kursk", "city", "RU", 51.73, 36.19,
				440000, 3L, "Kursk Oblast", 1L, "Russia");
		given(this.places.search("Kursk", 5)).willReturn(List.of(kursk));
		given(this.places.find(4L)).willReturn(Optional.of(kursk));
		assertThat(this.mvc.get().uri("/api/v1/places?q=Kursk&limit=5")).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.items[0].name").isEqualTo("Kursk");
			json.assertThat().extractingPath("$.items[0].regionName").isEqualTo("Kursk Oblast");
			json.assertThat().extractingPath("$.items[0].latitude").isEqualTo(51.73);
		});
		assertThat(this.mvc.get().uri("/api/v1/places/4")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.countryName")
			.isEqualTo("Russia");
	}

	@Test
	void badParametersAre400AndUnknownPlaces404() {
		assertThat(this.mvc.get().uri("/api/v1/places")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("q");
		assertThat(this.mvc.get().uri("/api/v1/places?q=K")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/v1/places?q=Kursk&limit=1000")).hasStatus(400);
		given(this.places.find(9L)).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/api/v1/places/9")).hasStatus(404);
	}

}
