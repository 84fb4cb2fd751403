package dev.athenawizard.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ChangeSignalTest {

    @Test
    void every_change_of_a_binding_is_heard_not_only_the_first() {
        SimpleStringProperty name = new SimpleStringProperty("a");
        StringBinding upper = Bindings.createStringBinding(() -> name.get().toUpperCase(), name);
        AtomicInteger heard = new AtomicInteger();
        new ChangeSignal(upper).addListener(o -> heard.incrementAndGet());

        name.set("b");
        name.set("c");
        name.set("d");

        assertThat(heard).hasValue(3);
    }

    @Test
    void list_edits_are_heard_each_time() {
        ObservableList<String> list = FXCollections.observableArrayList();
        AtomicInteger heard = new AtomicInteger();
        new ChangeSignal(list).addListener(o -> heard.incrementAndGet());

        list.add("x");
        list.add("y");
        list.remove("x");

        assertThat(heard).hasValue(3);
    }
}
